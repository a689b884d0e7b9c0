package org.premiumledger.app.workbench.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.app.staff.StaffUser;
import org.premiumledger.app.workbench.KaribuTest;

class AdministrationViewTest extends KaribuTest {

  TestUser administrator;

  @BeforeEach
  void signInAsAdministrator() {
    administrator = staff.enrolled(StaffRole.ADMINISTRATOR);
    signIn(StaffFixtures.signedIn(administrator));
    UI.getCurrent().navigate(AdministrationView.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorCreatesAUserAndSeesTheOneTimePasswordOnce() {
    String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
    _click(_get(Button.class, spec -> spec.withId("admin-create")));
    _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), username);
    _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Nora New");
    _setValue(_get(CheckboxGroup.class), Set.of(StaffRole.AGENT, StaffRole.AUDITOR));
    _click(_get(Button.class, spec -> spec.withId("admin-create-save")));

    String password = _get(Span.class, spec -> spec.withId("admin-one-time-password")).getText();
    assertThat(password).hasSize(16);
    StaffUser created = row(username);
    assertThat(created.roles()).containsExactlyInAnyOrder(StaffRole.AGENT, StaffRole.AUDITOR);
    assertThat(created.secondFactorEnrolled()).isFalse();
  }

  @Test
  void aRefusedChangeIsShownWithItsReason() {
    select(administrator.username());

    _click(_get(Button.class, spec -> spec.withId("admin-toggle-enabled")));

    NotificationsKt.expectNotifications("You cannot disable your own account.");
    assertThat(row(administrator.username()).enabled()).isTrue();
  }

  @Test
  void anAdministratorDisablesAUserAndResetsTheirSecondFactor() {
    TestUser agent = staff.enrolled(StaffRole.AGENT);
    refreshView();
    select(agent.username());

    _click(_get(Button.class, spec -> spec.withId("admin-toggle-enabled")));
    _click(_get(Button.class, spec -> spec.withId("admin-reset-second-factor")));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

    assertThat(row(agent.username()).enabled()).isFalse();
    assertThat(row(agent.username()).secondFactorEnrolled()).isFalse();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorChangesRoles() {
    TestUser agent = staff.enrolled(StaffRole.AGENT);
    refreshView();
    select(agent.username());

    _click(_get(Button.class, spec -> spec.withId("admin-change-roles")));
    _setValue(_get(CheckboxGroup.class), Set.of(StaffRole.SUPERVISOR));
    _click(_get(Button.class, spec -> spec.withId("admin-roles-save")));

    assertThat(row(agent.username()).roles()).containsExactly(StaffRole.SUPERVISOR);
  }

  private void refreshView() {
    UI.getCurrent().getPage().reload();
    UI.getCurrent().navigate(AdministrationView.class);
  }

  @SuppressWarnings("unchecked")
  private static Grid<StaffUser> grid() {
    return _get(Grid.class);
  }

  private static StaffUser row(String username) {
    Grid<StaffUser> grid = grid();
    for (int i = 0; i < GridKt._size(grid); i++) {
      if (GridKt._get(grid, i).username().equals(username)) {
        return GridKt._get(grid, i);
      }
    }
    throw new AssertionError(username + " is not listed");
  }

  private static void select(String username) {
    grid().select(row(username));
  }
}
