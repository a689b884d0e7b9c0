package org.premiumledger.app.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting and from where, for the audit, from the request being served. */
final class CurrentRequest {

  private CurrentRequest() {}

  static String remoteAddress() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      return servlet.getRequest().getRemoteAddr();
    }
    return null;
  }

  static StaffPrincipal actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
      return staff;
    }
    throw new IllegalStateException("no signed-in staff user");
  }
}
