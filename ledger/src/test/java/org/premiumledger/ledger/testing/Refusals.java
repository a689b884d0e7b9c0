package org.premiumledger.ledger.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;

/** Matches a command refused for one named reason. */
public final class Refusals {

  private Refusals() {}

  public static Matcher<Throwable> refusal(LedgerRefusal expected) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(Throwable thrown) {
        return thrown instanceof LedgerRefusedException refused && refused.refusal() == expected;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("refusal " + expected);
      }
    };
  }
}
