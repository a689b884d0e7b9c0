package org.premiumledger.ledger.testing;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;

/** Opens billing accounts of their own for integration tests that share one database. */
public final class TestAccounts {

  private TestAccounts() {}

  /** A new household billed in USD, with an id no other test uses. */
  public static BillingAccountId open(
      CommandGateway commands, LocalDate start, LocalDate end, long grossCents, long aptcCents) {
    BillingAccountId account = new BillingAccountId("BA-" + UUID.randomUUID());
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household(
                "Test Household", "en", "household@example.org", "555-0100", "email", "MA"),
            new Enrollment(
                new IssuerId("ISS-TEST"), "PLAN-TEST", start, end, grossCents, aptcCents),
            Money.USD));
    return account;
  }
}
