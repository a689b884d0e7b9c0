package org.premiumledger.app.workbench.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.WorkbenchLayout;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.MoneyFormat;

/** Verifies that the ledger balances: every invariant, with each account family's balance. */
@Route(value = "audit/ledger-check", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class LedgerCheckView extends Main implements HasDynamicTitle {

  private final AuditReads reads;
  private final Div result = new Div();

  LedgerCheckView(AuditReads reads) {
    this.reads = reads;
    addClassName("workbench-content");
    H1 heading = new H1(getTranslation("view.ledgerCheck.title"));
    heading.addClassName("workbench-title");
    Button check = new Button(getTranslation("ledgerCheck.run"), click -> runCheck());
    check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    result.setId("ledger-check-result");
    add(heading, new Paragraph(getTranslation("ledgerCheck.purpose")), check, result);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("view.ledgerCheck.title") + " · " + getTranslation("app.name");
  }

  private void runCheck() {
    LedgerCheckReport report = reads.checkLedger();
    result.removeAll();
    result.add(
        new H2(getTranslation(report.ok() ? "ledgerCheck.ok" : "ledgerCheck.failed")),
        new Paragraph(
            getTranslation(
                "ledgerCheck.totals",
                report.entries(),
                MoneyFormat.decimal(report.debits()),
                MoneyFormat.decimal(report.credits()))),
        createBalances(report));
    if (!report.violations().isEmpty()) {
      UnorderedList violations = new UnorderedList();
      report.violations().forEach(violation -> violations.add(new ListItem(violation)));
      result.add(new H2(getTranslation("ledgerCheck.violations")), violations);
    }
  }

  private Grid<Map.Entry<String, Long>> createBalances(LedgerCheckReport report) {
    Grid<Map.Entry<String, Long>> balances = new Grid<>();
    balances
        .addColumn(Map.Entry::getKey)
        .setHeader(getTranslation("ledgerCheck.account"))
        .setFlexGrow(1);
    balances
        .addColumn(balance -> MoneyFormat.decimal(balance.getValue()))
        .setHeader(getTranslation("ledgerCheck.balance"))
        .setTextAlign(ColumnTextAlign.END);
    balances.setItems(
        report.balances().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
    balances.setAllRowsVisible(true);
    balances.addThemeVariants(GridVariant.LUMO_COMPACT);
    balances.setAriaLabel(getTranslation("ledgerCheck.balances"));
    return balances;
  }
}
