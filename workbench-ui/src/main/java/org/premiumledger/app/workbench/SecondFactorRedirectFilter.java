package org.premiumledger.app.workbench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.workbench.signin.NewPasswordView;
import org.premiumledger.app.workbench.signin.SecondFactorView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone whose password was right but whose second factor is still to come, opening any page, is
 * sent to the second-factor page. (The views would refuse them anyway: they hold no role.)
 */
class SecondFactorRedirectFilter extends OncePerRequestFilter {

  private static final String SECOND_FACTOR = "ROLE_" + Roles.SECOND_FACTOR_PENDING;
  private static final String PASSWORD_CHANGE = "ROLE_" + Roles.PASSWORD_CHANGE_PENDING;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String page = pendingStepPage();
    if (page != null && isPageLoadElsewhere(request, page)) {
      response.sendRedirect(request.getContextPath() + "/" + page);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The page of the step still to come, if signing in is half done. */
  private static String pendingStepPage() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return null;
    }
    for (var authority : authentication.getAuthorities()) {
      if (SECOND_FACTOR.equals(authority.getAuthority())) {
        return SecondFactorView.ROUTE;
      }
      if (PASSWORD_CHANGE.equals(authority.getAuthority())) {
        return NewPasswordView.ROUTE;
      }
    }
    return null;
  }

  /** A browser opening a page (not Vaadin's own traffic, nor the second-factor page itself). */
  private static boolean isPageLoadElsewhere(HttpServletRequest request, String page) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && request.getParameter("v-r") == null
        && accept != null
        && accept.contains("text/html")
        && !path.startsWith("/VAADIN/")
        && !path.startsWith("/" + page)
        && !path.startsWith("/logout");
  }
}
