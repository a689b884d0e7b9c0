package org.premiumledger.app.workbench.approvals;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.NotBuiltYetView;
import org.premiumledger.app.workbench.WorkbenchLayout;

/** The supervisors' approvals queue: waits for refund and reversal requests in the cases module. */
@Route(value = "approvals", layout = WorkbenchLayout.class)
@RolesAllowed(Roles.SUPERVISOR)
public class ApprovalsView extends NotBuiltYetView {

  public ApprovalsView() {
    super("view.approvals.title", "view.approvals.purpose");
  }
}
