package org.premiumledger.app.workbench.signin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.premiumledger.app.staff.SignInDelayedException;
import org.premiumledger.app.workbench.LanguageSwitch;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The first step of signing in: name and password, posted to Spring Security's form sign-in. A
 * refusal comes back as {@code ?error}, with the reason in the HTTP session.
 */
@Route(SignInView.ROUTE)
@AnonymousAllowed
public class SignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "sign-in";

  private final LoginForm form = new LoginForm();
  private LoginI18n shownTexts;

  public SignInView() {
    addClassName("workbench-sign-in");
    form.setAction(ROUTE);
    form.setForgotPasswordButtonVisible(false);
    show(texts(null));

    VerticalLayout column =
        new VerticalLayout(createHeading(), form, createHelp(), new LanguageSwitch(locale -> {}));
    column.setAlignItems(Alignment.CENTER);
    column.setSizeFull();
    add(column);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
      show(texts(lastFailure()));
      form.setError(true);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("signIn.pageTitle");
  }

  private void show(LoginI18n texts) {
    shownTexts = texts;
    form.setI18n(texts);
  }

  /** The texts the form shows now, error message included. */
  LoginI18n shownTexts() {
    return shownTexts;
  }

  private H1 createHeading() {
    H1 heading = new H1(getTranslation("app.name"));
    heading.addClassName("workbench-title");
    return heading;
  }

  private Paragraph createHelp() {
    return new Paragraph(getTranslation("signIn.help"));
  }

  private LoginI18n texts(Exception failure) {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form texts = i18n.getForm();
    texts.setTitle(getTranslation("signIn.title"));
    texts.setUsername(getTranslation("signIn.username"));
    texts.setPassword(getTranslation("signIn.password"));
    texts.setSubmit(getTranslation("signIn.submit"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("signIn.error.title"));
    error.setMessage(errorMessage(failure));
    error.setUsername(getTranslation("signIn.error.usernameRequired"));
    error.setPassword(getTranslation("signIn.error.passwordRequired"));
    i18n.setAdditionalInformation(null);
    return i18n;
  }

  private String errorMessage(Exception failure) {
    if (failure instanceof SignInDelayedException delayed) {
      return getTranslation("signIn.error.delayed", delayed.retryAfter().toSeconds());
    }
    if (failure instanceof LockedException) {
      return getTranslation("signIn.error.locked");
    }
    if (failure instanceof DisabledException) {
      return getTranslation("signIn.error.disabled");
    }
    return getTranslation("signIn.error.badCredentials");
  }

  private static Exception lastFailure() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null || session.getSession() == null) {
      return null;
    }
    Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    return failure instanceof Exception exception ? exception : null;
  }
}
