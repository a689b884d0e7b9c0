package org.premiumledger.app.workbench.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.SecondFactorResult;
import org.premiumledger.app.staff.StaffAccountRefusedException;
import org.premiumledger.app.staff.StaffPrincipal;
import org.premiumledger.app.staff.StaffSignIn;

/**
 * The last step of signing in with a password an administrator set (a new user's first, or a
 * reset): the user chooses their own, and the workbench opens.
 */
@Route(NewPasswordView.ROUTE)
@RolesAllowed(Roles.PASSWORD_CHANGE_PENDING)
public class NewPasswordView extends Main implements HasDynamicTitle {

  public static final String ROUTE = "sign-in/new-password";

  private final StaffSignIn signIn;
  private final SignInSession session;
  private final StaffPrincipal pending;
  private final PasswordField password = new PasswordField();
  private final PasswordField repetition = new PasswordField();

  NewPasswordView(StaffSignIn signIn, SignInSession session, AuthenticationContext authentication) {
    this.signIn = signIn;
    this.session = session;
    this.pending =
        authentication
            .getAuthenticatedUser(StaffPrincipal.class)
            .orElseThrow(() -> new IllegalStateException("no pending sign-in"));
    password.setLabel(getTranslation("newPassword.password"));
    password.setWidthFull();
    password.getElement().setAttribute("autocomplete", "new-password");
    repetition.setLabel(getTranslation("newPassword.repeat"));
    repetition.setWidthFull();
    repetition.getElement().setAttribute("autocomplete", "new-password");
    Button save = new Button(getTranslation("newPassword.save"), click -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    H1 heading = new H1(getTranslation("newPassword.title"));
    heading.addClassName("workbench-title");

    VerticalLayout column =
        new VerticalLayout(
            heading,
            new Paragraph(getTranslation("newPassword.instructions")),
            password,
            repetition,
            save);
    column.setAlignItems(Alignment.CENTER);
    column.setMaxWidth("32em");
    column.getStyle().set("margin", "0 auto");
    add(column);
    password.focus();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("newPassword.pageTitle");
  }

  private void save() {
    VaadinRequest request = VaadinRequest.getCurrent();
    SecondFactorResult result;
    try {
      result =
          signIn.chooseOwnPassword(
              pending,
              password.getValue(),
              repetition.getValue(),
              request == null ? null : request.getRemoteAddr());
    } catch (StaffAccountRefusedException refused) {
      password.setInvalid(true);
      password.setErrorMessage(getTranslation(refused.refusal().messageKey()));
      password.focus();
      return;
    }
    session.establish(result.signedIn());
    UI.getCurrent().getPage().setLocation(SecondFactorView.homeUrl());
  }
}
