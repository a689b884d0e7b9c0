package org.premiumledger.app.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The password step of the form sign-in, as Spring Security's authentication provider. */
@Component
class PasswordSignIn implements AuthenticationProvider {

  private final StaffSignIn signIn;

  PasswordSignIn(StaffSignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String remoteAddress =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    Object credentials = authentication.getCredentials();
    return signIn.verifyPassword(
        authentication.getName(), credentials == null ? "" : credentials.toString(), remoteAddress);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
