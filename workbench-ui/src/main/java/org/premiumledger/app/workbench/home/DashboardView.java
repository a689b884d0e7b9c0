package org.premiumledger.app.workbench.home;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.NotBuiltYetView;
import org.premiumledger.app.workbench.WorkbenchLayout;

/**
 * Where everyone lands after signing in. Its charts (cases by state, deadlines, duplicates, returns
 * and chargebacks) wait for the cases and projections modules.
 */
@Route(value = "", layout = WorkbenchLayout.class)
@RouteAlias(value = "dashboard", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class DashboardView extends NotBuiltYetView {

  public DashboardView() {
    super("view.dashboard.title", "view.dashboard.purpose");
  }
}
