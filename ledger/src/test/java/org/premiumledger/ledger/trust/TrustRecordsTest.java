package org.premiumledger.ledger.trust;

import static org.premiumledger.ledger.testing.Entries.credit;
import static org.premiumledger.ledger.testing.Entries.debit;
import static org.premiumledger.ledger.testing.Entries.entry;
import static org.premiumledger.ledger.testing.Entries.exactly;
import static org.premiumledger.ledger.testing.Refusals.refusal;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.IssuerRemittedEvent;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.ProcessorPayoutRecordedEvent;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordProcessorPayoutCommand;
import org.premiumledger.ledger.api.RecordUnmatchedReturnCommand;
import org.premiumledger.ledger.api.RemitToIssuerCommand;
import org.premiumledger.ledger.api.UnmatchedReturnRecordedEvent;

/** Payouts, unmatched returns and remittances: each recorded once per reference. */
class TrustRecordsTest {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

  private final AggregateTestFixture<ProcessorPayout> payouts =
      new AggregateTestFixture<>(ProcessorPayout.class);
  private final AggregateTestFixture<UnmatchedReturn> returns =
      new AggregateTestFixture<>(UnmatchedReturn.class);
  private final AggregateTestFixture<IssuerRemittance> remittances =
      new AggregateTestFixture<>(IssuerRemittance.class);

  private final ProcessorPayoutRecordedEvent payout =
      new ProcessorPayoutRecordedEvent(
          "card:po_1",
          Rail.CARD,
          "po_1",
          Money.usd(250_000),
          entry(
              PostingRule.PROCESSOR_PAYOUT,
              DAY,
              debit("cash:premium-trust", 250_000),
              credit("clearing:card", 250_000)));

  @Test
  void aPayoutReachesTheTrustAccountOnce() {
    payouts
        .givenNoPriorActivity()
        .when(new RecordProcessorPayoutCommand(Rail.CARD, "po_1", Money.usd(250_000), DAY))
        .expectEventsMatching(exactly(payout));
    payouts
        .given(payout)
        .when(new RecordProcessorPayoutCommand(Rail.CARD, "po_1", Money.usd(250_000), DAY))
        .expectNoEvents();
  }

  @Test
  void cannotReuseAPayoutReferenceForAnotherAmount() {
    payouts
        .given(payout)
        .when(new RecordProcessorPayoutCommand(Rail.CARD, "po_1", Money.usd(250_001), DAY))
        .expectException(refusal(LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS));
  }

  @Test
  void cannotRecordAnEmptyPayout() {
    payouts
        .givenNoPriorActivity()
        .when(new RecordProcessorPayoutCommand(Rail.CARD, "po_2", Money.usd(0), DAY))
        .expectException(refusal(LedgerRefusal.AMOUNT_NOT_POSITIVE));
  }

  @Test
  void anUnmatchedReturnWaitsInSuspenseOnce() {
    UnmatchedReturnRecordedEvent recorded =
        new UnmatchedReturnRecordedEvent(
            "RT-9",
            "091000019999999",
            "R03",
            Money.usd(4_500),
            entry(
                PostingRule.ACH_RETURN_UNMATCHED,
                DAY,
                debit("suspense:unmatched-return", 4_500),
                credit("cash:premium-trust", 4_500)));
    RecordUnmatchedReturnCommand command =
        new RecordUnmatchedReturnCommand("RT-9", "091000019999999", "R03", Money.usd(4_500), DAY);

    returns.givenNoPriorActivity().when(command).expectEventsMatching(exactly(recorded));
    returns.given(recorded).when(command).expectNoEvents();
  }

  @Test
  void aRemittancePaysTheIssuerOnce() {
    IssuerRemittedEvent remitted =
        new IssuerRemittedEvent(
            "REM-1",
            new IssuerId("BLUE"),
            Money.usd(1_000_000),
            entry(
                PostingRule.ISSUER_REMITTANCE,
                DAY,
                debit("payable:issuer:BLUE", 1_000_000),
                credit("cash:premium-trust", 1_000_000)));

    remittances
        .givenNoPriorActivity()
        .when(new RemitToIssuerCommand("REM-1", new IssuerId("BLUE"), Money.usd(1_000_000), DAY))
        .expectEventsMatching(exactly(remitted));
    remittances
        .given(remitted)
        .when(new RemitToIssuerCommand("REM-1", new IssuerId("GREEN"), Money.usd(1_000_000), DAY))
        .expectException(refusal(LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS));
  }
}
