package org.premiumledger.app.workbench.search;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.NotBuiltYetView;
import org.premiumledger.app.workbench.WorkbenchLayout;

/** Search across accounts and payments: waits for the projections' search queries. */
@Route(value = "search", layout = WorkbenchLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
public class SearchView extends NotBuiltYetView {

  public SearchView() {
    super("view.search.title", "view.search.purpose");
  }
}
