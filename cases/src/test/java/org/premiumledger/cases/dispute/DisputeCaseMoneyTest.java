package org.premiumledger.cases.dispute;

import static org.premiumledger.cases.dispute.CaseFixtures.ACCOUNT;
import static org.premiumledger.cases.dispute.CaseFixtures.ACH_1;
import static org.premiumledger.cases.dispute.CaseFixtures.ACH_2;
import static org.premiumledger.cases.dispute.CaseFixtures.AGENT;
import static org.premiumledger.cases.dispute.CaseFixtures.CARD_1;
import static org.premiumledger.cases.dispute.CaseFixtures.CASE;
import static org.premiumledger.cases.dispute.CaseFixtures.FOREIGN;
import static org.premiumledger.cases.dispute.CaseFixtures.NOW;
import static org.premiumledger.cases.dispute.CaseFixtures.OTHER_AGENT;
import static org.premiumledger.cases.dispute.CaseFixtures.OTHER_SUPERVISOR;
import static org.premiumledger.cases.dispute.CaseFixtures.POSTER;
import static org.premiumledger.cases.dispute.CaseFixtures.SUPERVISOR;
import static org.premiumledger.cases.dispute.CaseFixtures.agentCaseOpened;
import static org.premiumledger.cases.dispute.CaseFixtures.authorized;
import static org.premiumledger.cases.dispute.CaseFixtures.refund;
import static org.premiumledger.cases.dispute.CaseFixtures.refusedWith;
import static org.premiumledger.cases.dispute.CaseFixtures.requested;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.cases.api.ApproveActionCommand;
import org.premiumledger.cases.api.CaseRefusal;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.ConfirmProcessorRefundCommand;
import org.premiumledger.cases.api.DeadlineMetEvent;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionFailedEvent;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.api.MoneyActionRejectedEvent;
import org.premiumledger.cases.api.ProcessorRefundConfirmedEvent;
import org.premiumledger.cases.api.RecordActionFailedCommand;
import org.premiumledger.cases.api.RecordActionPostedCommand;
import org.premiumledger.cases.api.RejectActionCommand;
import org.premiumledger.cases.api.RequestMoneyActionCommand;
import org.premiumledger.cases.api.ResolveCaseCommand;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.WriteOffBearer;

/**
 * Refunds, corrections and write-offs with approval. The threshold is $100.00 and counts every
 * action of the case not rejected or failed, the requested one included.
 */
class DisputeCaseMoneyTest {

  private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
  private static final String BELOW = "below the approval threshold of 10000 cents";

  private AggregateTestFixture<DisputeCase> fixture;

  @BeforeEach
  void setUp() {
    fixture = CaseFixtures.fixture();
  }

  @Test
  void anAgentsSmallRefundIsAuthorizedAtOnce() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund, AGENT, "charged twice"))
        .expectEvents(
            requested(FIRST, refund, 4_000, false, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW));
  }

  @Test
  void aRefundReachingTheThresholdWaitsForASupervisor() {
    MoneyAction.Refund refund = refund(ACH_1, 10_000);
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund, AGENT, "charged twice"))
        .expectEvents(requested(FIRST, refund, 10_000, true, AGENT));
  }

  @Test
  void splittingARefundCannotAvoidApproval() {
    MoneyAction.Refund sixty = refund(ACH_1, 6_000);
    MoneyAction.Refund forty = refund(ACH_2, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, sixty, 6_000, false, AGENT),
            authorized(FIRST, sixty, Rail.ACH, AGENT, AGENT, BELOW))
        .when(new RequestMoneyActionCommand(CASE, SECOND, forty, AGENT, "charged twice"))
        .expectEvents(requested(SECOND, forty, 10_000, true, AGENT));
  }

  @Test
  void aRejectedOrFailedActionNoLongerCounts() {
    MoneyAction.Refund sixty = refund(ACH_1, 6_000);
    MoneyAction.Refund forty = refund(ACH_2, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, sixty, 6_000, false, AGENT),
            authorized(FIRST, sixty, Rail.ACH, AGENT, AGENT, BELOW),
            new MoneyActionFailedEvent(CASE, FIRST, "L013", NOW, POSTER, "chargeback open"))
        .when(new RequestMoneyActionCommand(CASE, SECOND, forty, AGENT, "charged twice"))
        .expectEvents(
            requested(SECOND, forty, 4_000, false, AGENT),
            authorized(SECOND, forty, Rail.ACH, AGENT, AGENT, BELOW));
  }

  @Test
  void aSupervisorApprovesSomeoneElsesRequest() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, AGENT))
        .when(new ApproveActionCommand(CASE, FIRST, SUPERVISOR, "checked the traces"))
        .expectEvents(authorized(FIRST, refund, Rail.ACH, AGENT, SUPERVISOR, "checked the traces"));
  }

  @Test
  void aSupervisorCannotApproveTheirOwnRequest() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, SUPERVISOR))
        .when(new ApproveActionCommand(CASE, FIRST, SUPERVISOR, "mine"))
        .expectException(refusedWith(CaseRefusal.APPROVER_IS_REQUESTER));
  }

  @Test
  void anAgentCannotApprove() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, AGENT))
        .when(new ApproveActionCommand(CASE, FIRST, OTHER_AGENT, "looks fine"))
        .expectException(refusedWith(CaseRefusal.APPROVER_NOT_SUPERVISOR));
  }

  @Test
  void anActionIsApprovedOnce() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 30_000, true, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, SUPERVISOR, "ok"))
        .when(new ApproveActionCommand(CASE, FIRST, OTHER_SUPERVISOR, "ok too"))
        .expectException(refusedWith(CaseRefusal.ACTION_NOT_AWAITING_APPROVAL));
  }

  @Test
  void cannotApproveAnUnknownAction() {
    fixture
        .given(agentCaseOpened())
        .when(new ApproveActionCommand(CASE, FIRST, SUPERVISOR, "ok"))
        .expectException(refusedWith(CaseRefusal.UNKNOWN_ACTION));
  }

  @Test
  void aRejectionSaysWhy() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, AGENT))
        .when(new RejectActionCommand(CASE, FIRST, SUPERVISOR, "the second debit was for January"))
        .expectEvents(
            new MoneyActionRejectedEvent(
                CASE, FIRST, NOW, SUPERVISOR, "the second debit was for January"));
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, AGENT))
        .when(new RejectActionCommand(CASE, FIRST, SUPERVISOR, " "))
        .expectException(refusedWith(CaseRefusal.TEXT_REQUIRED));
  }

  @Test
  void aCorrectionAlwaysNeedsASupervisor() {
    MoneyAction.VoidPayment voidPayment = new MoneyAction.VoidPayment(ACH_2.paymentId());
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, voidPayment, AGENT, "charged twice"))
        .expectEvents(requested(FIRST, voidPayment, 0, true, AGENT));
    MoneyAction.CancelBill cancel = new MoneyAction.CancelBill(YearMonth.of(2027, 1));
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, cancel, AGENT, "charged twice"))
        .expectEvents(requested(FIRST, cancel, 0, true, AGENT));
  }

  @Test
  void aWriteOffCountsTowardTheThreshold() {
    MoneyAction.WriteOff writeOff =
        new MoneyAction.WriteOff(Money.usd(12_000), WriteOffBearer.EXCHANGE);
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, writeOff, AGENT, "charged twice"))
        .expectEvents(requested(FIRST, writeOff, 12_000, true, AGENT));
  }

  @Test
  void aRefundIsBoundedByThePaymentLessWhatTheCaseAlreadyRefunds() {
    MoneyAction.Refund twenty = refund(ACH_1, 20_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, twenty, 20_000, true, AGENT))
        .when(
            new RequestMoneyActionCommand(
                CASE, SECOND, refund(ACH_1, 10_001), AGENT, "the rest and a cent"))
        .expectException(refusedWith(CaseRefusal.REFUND_EXCEEDS_PAYMENT));
  }

  @Test
  void onlyAPaymentOfTheCaseIsRefunded() {
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund(FOREIGN, 100), AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.PAYMENT_NOT_ON_CASE));
  }

  @Test
  void aRefundIsPositiveAndInThePaymentsCurrency() {
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund(ACH_1, 0), AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.AMOUNT_NOT_POSITIVE));
    MoneyAction.Refund euros =
        new MoneyAction.Refund(ACH_1.paymentId(), new Money(100, Currency.getInstance("EUR")));
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, euros, AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.CURRENCY_MISMATCH));
  }

  @Test
  void anActionIdNamesOneRequest() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 4_000, false, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW))
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund, AGENT, "sent twice"))
        .expectNoEvents();
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 4_000, false, AGENT))
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund(ACH_1, 4_001), AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.ACTION_ID_REUSED));
  }

  @Test
  void aCardRefundIsAskedOfTheProcessorAndPostedOnItsReport() {
    MoneyAction.Refund refund = refund(CARD_1, 8_000);
    fixture
        .given(agentCaseOpened())
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund, AGENT, "charged twice"))
        .expectEvents(
            requested(FIRST, refund, 8_000, false, AGENT),
            authorized(FIRST, refund, Rail.CARD, AGENT, AGENT, BELOW));
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 8_000, false, AGENT),
            authorized(FIRST, refund, Rail.CARD, AGENT, AGENT, BELOW))
        .when(
            new ConfirmProcessorRefundCommand(
                CASE, FIRST, "RF-991", LocalDate.of(2026, 12, 4), POSTER))
        .expectEvents(
            new ProcessorRefundConfirmedEvent(
                CASE,
                FIRST,
                refund,
                ACCOUNT,
                CaseFixtures.approvalReference(FIRST),
                "RF-991",
                LocalDate.of(2026, 12, 4),
                NOW,
                POSTER,
                "the processor reported the refund RF-991"));
  }

  @Test
  void aProcessorReportIsTakenOnce() {
    MoneyAction.Refund refund = refund(CARD_1, 8_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 8_000, false, AGENT),
            authorized(FIRST, refund, Rail.CARD, AGENT, AGENT, BELOW),
            confirmed(refund))
        .when(new ConfirmProcessorRefundCommand(CASE, FIRST, "RF-991", null, POSTER))
        .expectNoEvents();
  }

  @Test
  void anAchRefundIsNotConfirmedByAProcessor() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 4_000, false, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW))
        .when(new ConfirmProcessorRefundCommand(CASE, FIRST, "RF-1", null, POSTER))
        .expectException(refusedWith(CaseRefusal.NOT_REQUESTED_FROM_PROCESSOR));
  }

  @Test
  void theLedgersOutcomeIsRecordedOnce() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    Object[] authorizedRefund = {
      agentCaseOpened(),
      requested(FIRST, refund, 4_000, false, AGENT),
      authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW)
    };
    MoneyActionPostedEvent posted =
        new MoneyActionPostedEvent(
            CASE,
            FIRST,
            refund,
            Rail.ACH,
            "case-action-" + FIRST,
            NOW,
            POSTER,
            "the ledger posted case-action-" + FIRST);
    fixture
        .given(authorizedRefund)
        .when(new RecordActionPostedCommand(CASE, FIRST, "case-action-" + FIRST, POSTER))
        .expectEvents(posted);
    fixture
        .given(authorizedRefund[0], authorizedRefund[1], authorizedRefund[2], posted)
        .when(new RecordActionPostedCommand(CASE, FIRST, "case-action-" + FIRST, POSTER))
        .expectNoEvents();
    fixture
        .given(authorizedRefund)
        .when(new RecordActionFailedCommand(CASE, FIRST, "L013", "chargeback open", POSTER))
        .expectEvents(
            new MoneyActionFailedEvent(CASE, FIRST, "L013", NOW, POSTER, "chargeback open"));
  }

  @Test
  void theFirstOutcomeStandsWhenAReplayedPosterReportsAgain() {
    MoneyAction.VoidPayment voidPayment = new MoneyAction.VoidPayment(ACH_2.paymentId());
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, voidPayment, 0, true, AGENT),
            authorized(FIRST, voidPayment, Rail.ACH, AGENT, SUPERVISOR, "ok"),
            new MoneyActionPostedEvent(
                CASE, FIRST, voidPayment, Rail.ACH, "case-action-" + FIRST, NOW, POSTER, "posted"))
        .when(new RecordActionFailedCommand(CASE, FIRST, "L008", "already corrected", POSTER))
        .expectNoEvents();
  }

  @Test
  void onlyTheCasesModuleReportsTheLedgersOutcome() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 4_000, false, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW))
        .when(new RecordActionPostedCommand(CASE, FIRST, "forged", SUPERVISOR))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  @Test
  void aCaseWithAPendingActionIsNotResolved() {
    MoneyAction.Refund refund = refund(ACH_1, 30_000);
    fixture
        .given(agentCaseOpened(), requested(FIRST, refund, 30_000, true, AGENT))
        .when(new ResolveCaseCommand(CASE, CaseResolution.DENIED, AGENT, "nothing to do"))
        .expectException(refusedWith(CaseRefusal.ACTIONS_PENDING));
  }

  @Test
  void aPostedRefundResolvesTheCaseAsRefunded() {
    MoneyAction.Refund refund = refund(ACH_1, 4_000);
    fixture
        .given(
            agentCaseOpened(),
            requested(FIRST, refund, 4_000, false, AGENT),
            authorized(FIRST, refund, Rail.ACH, AGENT, AGENT, BELOW),
            new MoneyActionPostedEvent(
                CASE, FIRST, refund, Rail.ACH, "case-action-" + FIRST, NOW, POSTER, "posted"))
        .when(new ResolveCaseCommand(CASE, CaseResolution.REFUNDED, AGENT, "refunded"))
        .expectEvents(
            new DeadlineMetEvent(
                CASE, DeadlineRule.ACKNOWLEDGE, true, NOW, AGENT, "the case was resolved"),
            new DeadlineMetEvent(
                CASE, DeadlineRule.RESOLVE, true, NOW, AGENT, "the case was resolved"),
            new CaseResolvedEvent(CASE, CaseResolution.REFUNDED, NOW, AGENT, "refunded"));
  }

  @Test
  void noMoneyMovesOnAResolvedCase() {
    fixture
        .given(
            agentCaseOpened(), new CaseResolvedEvent(CASE, CaseResolution.DENIED, NOW, AGENT, "no"))
        .when(new RequestMoneyActionCommand(CASE, FIRST, refund(ACH_1, 100), AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.CASE_NOT_ACTIVE));
  }

  private static ProcessorRefundConfirmedEvent confirmed(MoneyAction.Refund refund) {
    return new ProcessorRefundConfirmedEvent(
        CASE,
        FIRST,
        refund,
        ACCOUNT,
        CaseFixtures.approvalReference(FIRST),
        "RF-991",
        null,
        NOW,
        POSTER,
        "reported");
  }
}
