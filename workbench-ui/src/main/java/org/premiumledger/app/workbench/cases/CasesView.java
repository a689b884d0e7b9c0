package org.premiumledger.app.workbench.cases;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.NotBuiltYetView;
import org.premiumledger.app.workbench.WorkbenchLayout;

/** The case queue and case detail: wait for the cases module and its projections. */
@Route(value = "cases", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
public class CasesView extends NotBuiltYetView {

  public CasesView() {
    super("view.cases.title", "view.cases.purpose");
  }
}
