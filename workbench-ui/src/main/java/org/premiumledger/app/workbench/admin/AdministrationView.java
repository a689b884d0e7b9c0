package org.premiumledger.app.workbench.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.premiumledger.app.staff.NewStaffUser;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.StaffAccountRefusedException;
import org.premiumledger.app.staff.StaffAccounts;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.app.staff.StaffUser;
import org.premiumledger.app.workbench.WorkbenchLayout;

/**
 * Staff users: create, enable or disable, change roles, reset the second factor or the password,
 * unlock. Every action is authorized again on the server ({@link StaffAccounts}); a refused change
 * is shown with its reason.
 */
@Route(value = "administration", layout = WorkbenchLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AdministrationView extends Main implements HasDynamicTitle {

  private final StaffAccounts accounts;
  private final Clock clock;
  private final Grid<StaffUser> users = new Grid<>(StaffUser.class, false);
  private final HorizontalLayout actions = new HorizontalLayout();

  AdministrationView(StaffAccounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
    addClassName("workbench-content");
    H1 heading = new H1(getTranslation("view.administration.title"));
    heading.addClassName("workbench-title");
    add(heading, createToolbar(), createGrid());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("view.administration.title") + " · " + getTranslation("app.name");
  }

  private Component createToolbar() {
    Button create = new Button(getTranslation("admin.create"), click -> openCreateDialog());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("admin-create");
    actions.add(
        action("admin-toggle-enabled", "admin.toggleEnabled", this::toggleEnabled),
        action("admin-change-roles", "admin.changeRoles", this::openRolesDialog),
        action("admin-reset-second-factor", "admin.resetSecondFactor", this::confirmReset),
        action(
            "admin-unlock", "admin.unlock", user -> perform(() -> accounts.unlock(user.userId()))),
        action("admin-reset-password", "admin.resetPassword", this::resetPassword));
    actions.setEnabled(false);
    actions.setWrap(true);
    HorizontalLayout toolbar = new HorizontalLayout(create, actions);
    toolbar.setWrap(true);
    return toolbar;
  }

  private Button action(String id, String labelKey, java.util.function.Consumer<StaffUser> run) {
    Button button =
        new Button(
            getTranslation(labelKey),
            click -> users.asSingleSelect().getOptionalValue().ifPresent(run));
    button.setId(id);
    return button;
  }

  private Grid<StaffUser> createGrid() {
    users
        .addColumn(StaffUser::username)
        .setHeader(getTranslation("admin.username"))
        .setAutoWidth(true);
    users
        .addColumn(StaffUser::displayName)
        .setHeader(getTranslation("admin.displayName"))
        .setFlexGrow(1);
    users
        .addColumn(user -> roleNames(user.roles()))
        .setHeader(getTranslation("admin.roles"))
        .setAutoWidth(true);
    users.addColumn(user -> yesNo(user.enabled())).setHeader(getTranslation("admin.enabled"));
    users
        .addColumn(user -> yesNo(user.secondFactorEnrolled()))
        .setHeader(getTranslation("admin.secondFactor"));
    users
        .addColumn(user -> yesNo(user.lockedAt(clock.instant())))
        .setHeader(getTranslation("admin.locked"));
    users.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    users.setAriaLabel(getTranslation("view.administration.title"));
    users
        .asSingleSelect()
        .addValueChangeListener(change -> actions.setEnabled(change.getValue() != null));
    users.setAllRowsVisible(true);
    return users;
  }

  private void refresh() {
    Optional<java.util.UUID> selected =
        users.asSingleSelect().getOptionalValue().map(StaffUser::userId);
    users.setItems(accounts.list());
    selected
        .flatMap(id -> accounts.list().stream().filter(u -> u.userId().equals(id)).findFirst())
        .ifPresentOrElse(users::select, () -> actions.setEnabled(false));
  }

  private void openCreateDialog() {
    TextField username = new TextField(getTranslation("admin.username"));
    TextField displayName = new TextField(getTranslation("admin.displayName"));
    CheckboxGroup<StaffRole> roles = roleChoice(Set.of());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("admin.create"));
    dialog.add(new VerticalLayout(username, displayName, roles));
    Button save =
        new Button(
            getTranslation("admin.save"),
            click -> {
              NewStaffUser created =
                  perform(
                      () ->
                          accounts.create(
                              username.getValue(), displayName.getValue(), roles.getValue()));
              if (created != null) {
                dialog.close();
                showPassword(created);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("admin-create-save");
    dialog
        .getFooter()
        .add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
    dialog.open();
    username.focus();
  }

  private void openRolesDialog(StaffUser user) {
    CheckboxGroup<StaffRole> roles = roleChoice(user.roles());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("admin.changeRolesOf", user.username()));
    dialog.add(roles);
    Button save =
        new Button(
            getTranslation("admin.save"),
            click -> {
              if (perform(() -> accounts.changeRoles(user.userId(), roles.getValue())) != null) {
                dialog.close();
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("admin-roles-save");
    dialog
        .getFooter()
        .add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void toggleEnabled(StaffUser user) {
    perform(() -> accounts.setEnabled(user.userId(), !user.enabled()));
  }

  private void confirmReset(StaffUser user) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader(getTranslation("admin.resetSecondFactor"));
    confirm.setText(getTranslation("admin.resetSecondFactor.confirm", user.username()));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("admin.cancel"));
    confirm.setConfirmText(getTranslation("admin.resetSecondFactor"));
    confirm.addConfirmListener(event -> perform(() -> accounts.resetSecondFactor(user.userId())));
    confirm.open();
  }

  private void resetPassword(StaffUser user) {
    NewStaffUser reset = perform(() -> accounts.resetPassword(user.userId()));
    if (reset != null) {
      showPassword(reset);
    }
  }

  private void showPassword(NewStaffUser user) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("admin.password.title", user.user().username()));
    Span password = new Span(user.initialPassword());
    password.setId("admin-one-time-password");
    password.addClassName("workbench-recovery-codes");
    dialog.add(new Paragraph(getTranslation("admin.password.instructions")), password);
    Button close = new Button(getTranslation("admin.close"), click -> dialog.close());
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(close);
    dialog.open();
    close.focus();
  }

  /** Runs a change, shows a refusal by its translated reason, and refreshes the list. */
  private <T> T perform(java.util.function.Supplier<T> change) {
    try {
      T result = change.get();
      refresh();
      return result;
    } catch (StaffAccountRefusedException refused) {
      Notification.show(
          getTranslation(refused.refusal().messageKey()), 5000, Notification.Position.MIDDLE);
      return null;
    }
  }

  private CheckboxGroup<StaffRole> roleChoice(Set<StaffRole> current) {
    CheckboxGroup<StaffRole> roles = new CheckboxGroup<>(getTranslation("admin.roles"));
    roles.setItems(StaffRole.values());
    roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
    roles.setValue(current.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(current));
    return roles;
  }

  private String roleNames(Set<StaffRole> roles) {
    Function<StaffRole, String> name = role -> getTranslation("role." + role.name());
    return roles.stream().sorted().map(name).collect(Collectors.joining(", "));
  }

  private String yesNo(boolean value) {
    return getTranslation(value ? "admin.yes" : "admin.no");
  }
}
