package org.premiumledger.app.staff;

import java.time.Duration;
import org.springframework.security.core.Authentication;

/**
 * The answer to a second-factor code: {@code signedIn} (with the full authentication to establish)
 * when accepted, otherwise why not and, for {@link Outcome#DELAYED}, how long to wait.
 */
public record SecondFactorResult(Outcome outcome, Authentication signedIn, Duration retryAfter) {

  public enum Outcome {
    ACCEPTED,
    WRONG_CODE,
    DELAYED,
    LOCKED,
    DISABLED
  }

  static SecondFactorResult accepted(Authentication signedIn) {
    return new SecondFactorResult(Outcome.ACCEPTED, signedIn, Duration.ZERO);
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
}
