package org.premiumledger.app.staff;

import java.time.Duration;
import org.springframework.security.core.Authentication;

/**
 * The answer to a second-factor code: {@code signedIn}, the authentication to establish, when
 * accepted (the user's roles) or when a password change is required (only {@link
 * Roles#PASSWORD_CHANGE_PENDING}); otherwise why not and, for {@link Outcome#DELAYED}, how long to
 * wait.
 */
public record SecondFactorResult(Outcome outcome, Authentication signedIn, Duration retryAfter) {

  public enum Outcome {
    ACCEPTED,
    /** Both factors right, but the password was set by an administrator: choose one first. */
    PASSWORD_CHANGE_REQUIRED,
    WRONG_CODE,
    DELAYED,
    LOCKED,
    DISABLED
  }

  static SecondFactorResult accepted(Authentication signedIn) {
    return new SecondFactorResult(Outcome.ACCEPTED, signedIn, Duration.ZERO);
  }

  static SecondFactorResult passwordChangeRequired(Authentication passwordChangePending) {
    return new SecondFactorResult(
        Outcome.PASSWORD_CHANGE_REQUIRED, passwordChangePending, Duration.ZERO);
  }

  static SecondFactorResult refused(Outcome outcome) {
    return new SecondFactorResult(outcome, null, Duration.ZERO);
  }

  static SecondFactorResult delayed(Duration retryAfter) {
    return new SecondFactorResult(Outcome.DELAYED, null, retryAfter);
  }

  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /** Whether there is an authentication to establish: accepted, or a password to choose next. */
  public boolean opensSession() {
    return signedIn != null;
  }
}
