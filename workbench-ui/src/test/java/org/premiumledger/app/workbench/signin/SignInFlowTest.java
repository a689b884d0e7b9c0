package org.premiumledger.app.workbench.signin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.SignInDelayedException;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.app.staff.StaffPrincipal;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.app.workbench.KaribuTest;
import org.premiumledger.app.workbench.WorkbenchTranslations;
import org.premiumledger.app.workbench.home.DashboardView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;

class SignInFlowTest extends KaribuTest {

  @Test
  void theSignInPagePostsTheFormToSpringSecurity() {
    UI.getCurrent().navigate(SignInView.class);

    LoginForm form = _get(LoginForm.class);
    assertThat(form.getAction()).isEqualTo("sign-in");
    assertThat(form.isError()).isFalse();
  }

  @Test
  void aDelayedSignInSaysHowLongToWait() {
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(
            WebAttributes.AUTHENTICATION_EXCEPTION,
            new SignInDelayedException(Duration.ofSeconds(4)));

    UI.getCurrent().navigate("sign-in", QueryParameters.simple(Map.of("error", "")));

    LoginForm form = _get(LoginForm.class);
    assertThat(form.isError()).isTrue();
    assertThat(_get(SignInView.class).shownTexts().getErrorMessage().getMessage())
        .isEqualTo("Too many failed attempts. Try again in 4 seconds.");
  }

  @Test
  void aLockedAccountIsToldSoInSpanish() {
    VaadinSession.getCurrent().setLocale(WorkbenchTranslations.SPANISH);
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));

    UI.getCurrent().navigate("sign-in", QueryParameters.simple(Map.of("error", "")));

    assertThat(_get(SignInView.class).shownTexts().getErrorMessage().getMessage())
        .startsWith("Esta cuenta está bloqueada");
  }

  @Test
  void anEnrolledUserSignsInWithTheCurrentCode() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    signIn(StaffFixtures.pending(user));
    UI.getCurrent().navigate(SecondFactorView.class);

    _setValue(_get(TextField.class), user.codeNow());
    _click(_get(Button.class, spec -> spec.withText("Verify")));

    assertSignedInWith(user, "ROLE_AGENT");
  }

  @Test
  void aWrongCodeIsShownOnTheField() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    signIn(StaffFixtures.pending(user));
    UI.getCurrent().navigate(SecondFactorView.class);

    _setValue(_get(TextField.class), "000000".equals(user.codeNow()) ? "111111" : "000000");
    _click(_get(Button.class, spec -> spec.withText("Verify")));

    TextField code = _get(TextField.class);
    assertThat(code.isInvalid()).isTrue();
    assertThat(code.getErrorMessage()).startsWith("That code is not right");
    assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_SECOND_FACTOR_PENDING");
  }

  @Test
  void aNewUserEnrolsByQrCodeSeesTenRecoveryCodesOnceAndIsSignedIn() {
    TestUser user = staff.unenrolled(StaffRole.SUPERVISOR);
    signIn(StaffFixtures.pending(user));
    UI.getCurrent().navigate(SecondFactorView.class);

    assertThat(_get(Image.class).getAlt())
        .contains("QR code that adds Premium Ledger to an authenticator app");
    String secret = _get(Span.class, spec -> spec.withId("second-factor-secret")).getText();
    String code = StaffFixtures.codeAt(secret.replace(" ", ""), Instant.now());
    _setValue(_get(TextField.class), code);
    _click(_get(Button.class, spec -> spec.withText("Confirm")));

    List<ListItem> recoveryCodes = _find(ListItem.class);
    assertThat(recoveryCodes).hasSize(10);
    assertThat(recoveryCodes.get(0).getText()).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
    _click(_get(Button.class, spec -> spec.withText("I have kept these codes. Continue")));

    assertSignedInWith(user, "ROLE_SUPERVISOR");
    assertThat(staff.reload(user).secondFactorEnrolled()).isTrue();
  }

  @Test
  void someoneGivenAPasswordChoosesTheirOwnBeforeTheWorkbenchOpens() {
    TestUser user = staff.enrolled(StaffRole.AGENT);
    context
        .getBean(JdbcClient.class)
        .sql("update staff_user set password_must_change = true where user_id = :id")
        .param("id", user.userId())
        .update();
    signIn(StaffFixtures.pending(user));
    UI.getCurrent().navigate(SecondFactorView.class);
    _setValue(_get(TextField.class), user.codeNow());
    _click(_get(Button.class, spec -> spec.withText("Verify")));
    signIn(SecurityContextHolder.getContext().getAuthentication());
    UI.getCurrent().navigate(NewPasswordView.class);

    _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "too short");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), "x");
    _click(_get(Button.class, spec -> spec.withText("Save and continue")));
    assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password")).getErrorMessage())
        .isEqualTo("A password has at least 12 characters.");

    String chosen = "three blue herons at dawn";
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), chosen);
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), chosen);
    _click(_get(Button.class, spec -> spec.withText("Save and continue")));

    assertSignedInWith(user, "ROLE_AGENT");
  }

  @Test
  void afterSigningInTheWorkbenchOpensInTheUsersLanguage() {
    TestUser user = staff.enrolled(StaffRole.AUDITOR);
    signIn(StaffFixtures.signedIn(user));

    UI.getCurrent().navigate(DashboardView.class);

    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
    assertThat(_get(Button.class, spec -> spec.withText("Sign out"))).isNotNull();
  }

  private static void assertSignedInWith(TestUser user, String role) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    assertThat(((StaffPrincipal) signedIn.getPrincipal()).username()).isEqualTo(user.username());
    assertThat(signedIn.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly(role);
    Object stored = VaadinSession.getCurrent().getSession().getAttribute("SPRING_SECURITY_CONTEXT");
    assertThat(stored).hasToString(SecurityContextHolder.getContext().toString());
  }
}
