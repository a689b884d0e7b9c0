package org.premiumledger.app.workbench.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.premiumledger.app.staff.EnrolmentResult;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.SecondFactorEnrolment;
import org.premiumledger.app.staff.SecondFactorResult;
import org.premiumledger.app.staff.StaffPrincipal;
import org.premiumledger.app.staff.StaffSignIn;

/**
 * The second step of signing in, open only to someone whose password was just accepted. An enrolled
 * user types the six-digit code of their authenticator app (or a recovery code); a user without a
 * second factor enrols one here: scan the QR code, confirm with a code, note the recovery codes
 * (shown this once), continue.
 */
@Route(SecondFactorView.ROUTE)
@RolesAllowed(Roles.SECOND_FACTOR_PENDING)
public class SecondFactorView extends Main implements HasDynamicTitle {

  public static final String ROUTE = "sign-in/second-factor";

  private final StaffSignIn signIn;
  private final SignInSession session;
  private final AuthenticationContext authentication;
  private final StaffPrincipal pending;
  private final VerticalLayout column = new VerticalLayout();
  private final TextField code = new TextField();
  private SecondFactorEnrolment enrolment;

  SecondFactorView(
      StaffSignIn signIn, SignInSession session, AuthenticationContext authentication) {
    this.signIn = signIn;
    this.session = session;
    this.authentication = authentication;
    this.pending =
        authentication
            .getAuthenticatedUser(StaffPrincipal.class)
            .orElseThrow(() -> new IllegalStateException("no pending sign-in"));
    column.setAlignItems(Alignment.CENTER);
    column.setMaxWidth("32em");
    column.getStyle().set("margin", "0 auto");
    add(column);
    if (signIn.isEnrolled(pending)) {
      showCodeStep();
    } else {
      showEnrolmentStep();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("secondFactor.pageTitle");
  }

  private void showCodeStep() {
    column.removeAll();
    configureCodeField(getTranslation("secondFactor.codeOrRecovery"), 32);
    Button verify = new Button(getTranslation("secondFactor.verify"), click -> verify());
    verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verify.addClickShortcut(Key.ENTER);
    column.add(
        heading(getTranslation("secondFactor.title")),
        new Paragraph(getTranslation("secondFactor.instructions")),
        code,
        verify,
        signOutButton());
    code.focus();
  }

  private void showEnrolmentStep() {
    enrolment = signIn.startEnrolment(pending);
    column.removeAll();
    configureCodeField(getTranslation("secondFactor.code"), 6);
    Button confirm = new Button(getTranslation("secondFactor.confirm"), click -> confirm());
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickShortcut(Key.ENTER);
    column.add(
        heading(getTranslation("enrolment.title")),
        new Paragraph(getTranslation("enrolment.instructions")),
        qrCode(),
        manualSecret(),
        code,
        confirm,
        signOutButton());
  }

  private void verify() {
    SecondFactorResult result =
        signIn.verifySecondFactor(pending, code.getValue(), remoteAddress());
    if (result.opensSession()) {
      proceed(result);
      return;
    }
    showRefusal(result);
  }

  private void confirm() {
    EnrolmentResult result =
        signIn.confirmEnrolment(pending, enrolment, code.getValue(), remoteAddress());
    if (!result.signIn().opensSession()) {
      showRefusal(result.signIn());
      return;
    }
    showRecoveryCodes(result);
  }

  private void showRecoveryCodes(EnrolmentResult result) {
    column.removeAll();
    UnorderedList codes = new UnorderedList();
    codes.addClassName("workbench-recovery-codes");
    result.recoveryCodes().forEach(recoveryCode -> codes.add(new ListItem(recoveryCode)));
    Button proceed =
        new Button(getTranslation("enrolment.continue"), click -> proceed(result.signIn()));
    proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    column.add(
        heading(getTranslation("enrolment.recoveryCodes.title")),
        new Paragraph(getTranslation("enrolment.recoveryCodes.instructions")),
        codes,
        proceed);
    proceed.focus();
  }

  private void showRefusal(SecondFactorResult result) {
    String message =
        switch (result.outcome()) {
          case WRONG_CODE -> getTranslation("secondFactor.error.wrongCode");
          case DELAYED -> getTranslation("signIn.error.delayed", result.retryAfter().toSeconds());
          case LOCKED -> getTranslation("signIn.error.locked");
          case DISABLED -> getTranslation("signIn.error.disabled");
          case ACCEPTED, PASSWORD_CHANGE_REQUIRED ->
              throw new IllegalStateException("not a refusal");
        };
    code.setInvalid(true);
    code.setErrorMessage(message);
    code.clear();
    code.focus();
  }

  /** Into the workbench, or first to the page where the user chooses their own password. */
  private void proceed(SecondFactorResult result) {
    session.establish(result.signedIn());
    String next = result.accepted() ? homeUrl() : homeUrl() + NewPasswordView.ROUTE;
    UI.getCurrent().getPage().setLocation(next);
  }

  private void configureCodeField(String label, int maxLength) {
    code.setLabel(label);
    code.setMaxLength(maxLength);
    code.setRequired(true);
    code.getElement().setAttribute("autocomplete", "one-time-code");
    code.getElement().setAttribute("autocapitalize", "off");
    code.setWidthFull();
  }

  private Image qrCode() {
    byte[] png = enrolment.qrCodePng();
    StreamResource resource =
        new StreamResource("second-factor.png", () -> new ByteArrayInputStream(png));
    Image image = new Image(resource, getTranslation("enrolment.qrAlt"));
    image.setWidth("200px");
    image.setHeight("200px");
    return image;
  }

  private Div manualSecret() {
    Span secret = new Span(groupsOfFour(enrolment.secret()));
    secret.addClassName("workbench-recovery-codes");
    secret.setId("second-factor-secret");
    return new Div(new Paragraph(getTranslation("enrolment.manual")), secret);
  }

  private Button signOutButton() {
    Button signOut = new Button(getTranslation("layout.signOut"), click -> authentication.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return signOut;
  }

  private static H1 heading(String text) {
    H1 heading = new H1(text);
    heading.addClassName("workbench-title");
    return heading;
  }

  private static String groupsOfFour(String secret) {
    return String.join(" ", List.of(secret.split("(?<=\\G.{4})")));
  }

  private static String remoteAddress() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request == null ? null : request.getRemoteAddr();
  }

  static String homeUrl() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return (request == null ? "" : request.getContextPath()) + "/";
  }
}
