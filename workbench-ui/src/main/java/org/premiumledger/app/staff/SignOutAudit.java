package org.premiumledger.app.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Audits every sign-out, with who and from where. */
@Component
public class SignOutAudit implements LogoutHandler {

  private final StaffSignIn signIn;

  SignOutAudit(StaffSignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
      signIn.recordSignOut(staff.username(), request.getRemoteAddr());
    }
  }
}
