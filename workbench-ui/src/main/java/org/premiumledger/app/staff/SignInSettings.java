package org.premiumledger.app.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How signing in slows down and locks ({@code premium-ledger.sign-in.*}). After {@code
 * freeAttempts} consecutive failures (password or second factor), each next attempt must wait
 * {@code firstDelay}, doubling with every further failure up to {@code maxDelay}; at {@code
 * lockAfterFailures} the account locks for {@code lockDuration} or until an administrator unlocks
 * it. A successful sign-in (both factors) resets the count.
 */
@ConfigurationProperties("premium-ledger.sign-in")
public record SignInSettings(
    Integer freeAttempts,
    Duration firstDelay,
    Duration maxDelay,
    Integer lockAfterFailures,
    Duration lockDuration,
    String issuer) {

  public SignInSettings {
    freeAttempts = freeAttempts == null ? 3 : freeAttempts;
    firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
    maxDelay = maxDelay == null ? Duration.ofMinutes(1) : maxDelay;
    lockAfterFailures = lockAfterFailures == null ? 10 : lockAfterFailures;
    lockDuration = lockDuration == null ? Duration.ofMinutes(30) : lockDuration;
    issuer = issuer == null || issuer.isBlank() ? "Premium Ledger" : issuer;
    if (freeAttempts < 1 || lockAfterFailures <= freeAttempts) {
      throw new IllegalArgumentException(
          "premium-ledger.sign-in: expected 1 <= free-attempts < lock-after-failures, found "
              + freeAttempts
              + " and "
              + lockAfterFailures);
    }
  }

  /** How long one must wait after the last failure, given the failures so far. */
  Duration delayAfter(int failedSignIns) {
    if (failedSignIns < freeAttempts) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failedSignIns - freeAttempts, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
