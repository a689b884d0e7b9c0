package org.premiumledger.app.workbench.signin;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.premiumledger.app.staff.StaffPrincipal;
import org.premiumledger.app.workbench.WorkbenchTranslations;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Completes signing in once the second factor is accepted: the full authentication replaces the
 * pending one in the HTTP session, and the session gets a new id (as after the password step), so
 * an id seen before signing in is worth nothing after.
 */
@Component
class SignInSession {

  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

  void establish(Authentication signedIn) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);

    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    VaadinServletResponse response = VaadinServletResponse.getCurrent();
    HttpServletRequest httpRequest = request.getHttpServletRequest();
    repository.saveContext(context, httpRequest, response.getHttpServletResponse());
    httpRequest.changeSessionId();

    if (signedIn.getPrincipal() instanceof StaffPrincipal staff) {
      Locale language = WorkbenchTranslations.supported(Locale.forLanguageTag(staff.language()));
      VaadinSession.getCurrent().setLocale(language);
    }
  }
}
