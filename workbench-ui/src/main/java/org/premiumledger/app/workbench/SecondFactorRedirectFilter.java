package org.premiumledger.app.workbench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.signin.SecondFactorView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone whose password was right but whose second factor is still to come, opening any page, is
 * sent to the second-factor page. (The views would refuse them anyway: they hold no role.)
 */
class SecondFactorRedirectFilter extends OncePerRequestFilter {

  private static final String PENDING = "ROLE_" + Roles.SECOND_FACTOR_PENDING;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (secondFactorPending() && isPageLoadElsewhere(request)) {
      response.sendRedirect(request.getContextPath() + "/" + SecondFactorView.ROUTE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean secondFactorPending() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(authority -> PENDING.equals(authority.getAuthority()));
  }

  /** A browser opening a page (not Vaadin's own traffic, nor the second-factor page itself). */
  private static boolean isPageLoadElsewhere(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && request.getParameter("v-r") == null
        && accept != null
        && accept.contains("text/html")
        && !path.startsWith("/VAADIN/")
        && !path.startsWith("/" + SecondFactorView.ROUTE)
        && !path.startsWith("/logout");
  }
}
