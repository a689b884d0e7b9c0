package org.premiumledger.app.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.premiumledger.app.workbench.admin.AdministrationView;
import org.premiumledger.app.workbench.approvals.ApprovalsView;
import org.premiumledger.app.workbench.audit.JournalView;
import org.premiumledger.app.workbench.audit.LedgerCheckView;
import org.premiumledger.app.workbench.audit.SecurityAuditView;
import org.premiumledger.app.workbench.cases.CasesView;
import org.premiumledger.app.workbench.home.DashboardView;
import org.premiumledger.app.workbench.intake.IntakeView;
import org.premiumledger.app.workbench.search.SearchView;

/** The workbench's views in navigation order; who may open each is on the view itself. */
public final class WorkbenchViews {

  /** One navigation entry: the view, its title's translation key and its icon. */
  public record Entry(Class<? extends Component> view, String titleKey, VaadinIcon icon) {}

  public static final List<Entry> ENTRIES =
      List.of(
          new Entry(DashboardView.class, "view.dashboard.title", VaadinIcon.DASHBOARD),
          new Entry(SearchView.class, "view.search.title", VaadinIcon.SEARCH),
          new Entry(CasesView.class, "view.cases.title", VaadinIcon.FOLDER_OPEN),
          new Entry(ApprovalsView.class, "view.approvals.title", VaadinIcon.CHECK_SQUARE_O),
          new Entry(IntakeView.class, "view.intake.title", VaadinIcon.UPLOAD),
          new Entry(JournalView.class, "view.journal.title", VaadinIcon.BOOK),
          new Entry(LedgerCheckView.class, "view.ledgerCheck.title", VaadinIcon.SCALE),
          new Entry(SecurityAuditView.class, "view.securityAudit.title", VaadinIcon.EYE),
          new Entry(AdministrationView.class, "view.administration.title", VaadinIcon.USERS));

  private WorkbenchViews() {}
}
