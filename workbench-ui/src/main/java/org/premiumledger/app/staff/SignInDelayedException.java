package org.premiumledger.app.staff;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failures in a row: the next attempt must wait {@link #retryAfter()}. */
public class SignInDelayedException extends AuthenticationException {

  private final Duration retryAfter;

  public SignInDelayedException(Duration retryAfter) {
    super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
