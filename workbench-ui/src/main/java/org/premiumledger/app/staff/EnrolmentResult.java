package org.premiumledger.app.staff;

import java.util.List;

/**
 * A confirmed enrolment: the recovery codes, shown once and stored only as digests, and the outcome
 * of the code that confirmed it (which also completes the sign-in).
 */
public record EnrolmentResult(SecondFactorResult signIn, List<String> recoveryCodes) {

  public EnrolmentResult {
    recoveryCodes = List.copyOf(recoveryCodes);
  }
}
