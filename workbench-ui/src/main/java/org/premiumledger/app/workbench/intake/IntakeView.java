package org.premiumledger.app.workbench.intake;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.NotBuiltYetView;
import org.premiumledger.app.workbench.WorkbenchLayout;

/** Uploading payment files and working their exceptions: waits for the intake of payment files. */
@Route(value = "intake", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class IntakeView extends NotBuiltYetView {

  public IntakeView() {
    super("view.intake.title", "view.intake.purpose");
  }
}
