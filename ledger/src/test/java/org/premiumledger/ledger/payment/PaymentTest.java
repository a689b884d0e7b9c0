package org.premiumledger.ledger.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.premiumledger.ledger.testing.Entries.correction;
import static org.premiumledger.ledger.testing.Entries.credit;
import static org.premiumledger.ledger.testing.Entries.debit;
import static org.premiumledger.ledger.testing.Entries.entry;
import static org.premiumledger.ledger.testing.Entries.exactly;
import static org.premiumledger.ledger.testing.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.AchPaymentSettledEvent;
import org.premiumledger.ledger.api.AchRefundSettledEvent;
import org.premiumledger.ledger.api.ApplyUnappliedPaymentCommand;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ChargebackLostEvent;
import org.premiumledger.ledger.api.ChargebackOpenedEvent;
import org.premiumledger.ledger.api.ChargebackWonEvent;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.ProcessorFeeRecordedEvent;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.RecordProcessorFeeCommand;
import org.premiumledger.ledger.api.RefundIssuedEvent;
import org.premiumledger.ledger.api.ResolveChargebackCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.ledger.api.SettleAchPaymentCommand;
import org.premiumledger.ledger.api.SettleAchRefundCommand;
import org.premiumledger.ledger.api.UnappliedPaymentAppliedEvent;
import org.premiumledger.ledger.api.VoidPaymentCommand;
import org.premiumledger.ledger.book.BookReader;
import org.premiumledger.ledger.platform.LedgerSettings;

/** Given/when/then for every command of a payment and every refusal. */
class PaymentTest {

  private static final BillingAccountId ACCOUNT = new BillingAccountId("BA-1001");
  private static final BillingAccountId OTHER = new BillingAccountId("BA-2002");
  private static final String RECEIVABLE = "receivable:enrollee:BA-1001";
  // 14:00 UTC on 3 Feb is 09:00 in New York: business date 2027-02-03.
  private static final Instant RECEIVED_AT = Instant.parse("2027-02-03T14:00:00Z");
  private static final LocalDate RECEIVED_ON = LocalDate.of(2027, 2, 3);
  private static final LocalDate SETTLES_ON = LocalDate.of(2027, 2, 5);
  private static final PaymentMethod VISA = new PaymentMethod("Visa", "4242", 12, 2029);

  private static final PaymentIdentity CARD_REF = PaymentIdentity.processor(Rail.CARD, "psp-1");
  private static final PaymentId CARD_ID = PaymentId.forIdentity(CARD_REF);
  private static final PaymentIdentity TRACE = PaymentIdentity.achTrace("091000010000001");
  private static final PaymentId ACH_ID = PaymentId.forIdentity(TRACE);

  private AggregateTestFixture<Payment> fixture;

  @BeforeEach
  void setUp() {
    BookReader book = mock(BookReader.class);
    when(book.currencyOf(any())).thenReturn(Optional.empty());
    when(book.currencyOf(ACCOUNT)).thenReturn(Optional.of(Money.USD));
    when(book.currencyOf(OTHER)).thenReturn(Optional.of(Currency.getInstance("CAD")));
    fixture = new AggregateTestFixture<>(Payment.class);
    fixture.registerInjectableResource(book);
    fixture.registerInjectableResource(new LedgerSettings());
  }

  @Test
  void canRecordACardPaymentIntoCardClearing() {
    fixture
        .givenNoPriorActivity()
        .when(card(12_345))
        .expectResultMessagePayload(new PaymentRecordedResponse(CARD_ID, false))
        .expectEventsMatching(exactly(cardReceived(12_345)));
  }

  @Test
  void aRepeatedDeliveryAnswersWithTheFirstPaymentAndPostsNothing() {
    fixture
        .given(cardReceived(12_345))
        .when(card(12_345))
        .expectResultMessagePayload(new PaymentRecordedResponse(CARD_ID, true))
        .expectNoEvents();
  }

  @Test
  void cannotReuseAnIdentityWithOtherDetails() {
    fixture
        .given(cardReceived(12_345))
        .when(card(12_346))
        .expectException(LedgerRefusedException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("L005"));
  }

  @Test
  void cannotRecordAPaymentForAnUnknownAccount() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordPaymentCommand(
                CARD_REF,
                new BillingAccountId("BA-NOPE"),
                Rail.CARD,
                Money.usd(100),
                RECEIVED_AT,
                null,
                VISA))
        .expectException(refusal(LedgerRefusal.UNKNOWN_BILLING_ACCOUNT));
  }

  @Test
  void cannotRecordAPaymentInAnotherCurrencyThanTheAccounts() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordPaymentCommand(
                CARD_REF, OTHER, Rail.CARD, Money.usd(100), RECEIVED_AT, null, VISA))
        .expectException(refusal(LedgerRefusal.CURRENCY_MISMATCH));
  }

  @Test
  void cannotRecordAZeroPayment() {
    fixture
        .givenNoPriorActivity()
        .when(card(0))
        .expectException(refusal(LedgerRefusal.AMOUNT_NOT_POSITIVE));
  }

  @Test
  void cannotRecordAnAmountAboveTheLedgersLimit() {
    // $1,000,000,000.00 is the most one entry carries, so no sum of entries can overflow.
    fixture
        .givenNoPriorActivity()
        .when(card(100_000_000_001L))
        .expectException(refusal(LedgerRefusal.AMOUNT_ABOVE_LIMIT));
  }

  @Test
  void aCheckWithNoAccountWaitsInSuspenseUntilApplied() {
    PaymentIdentity check = PaymentIdentity.lockbox(RECEIVED_ON, "1001");
    PaymentId checkId = PaymentId.forIdentity(check);
    PaymentReceivedEvent received =
        new PaymentReceivedEvent(
            checkId,
            check,
            null,
            Rail.CHECK,
            Money.usd(10_000),
            RECEIVED_AT,
            null,
            PaymentMethod.none(),
            entry(
                PostingRule.PAYMENT_RECEIVED_UNAPPLIED,
                RECEIVED_ON,
                debit("clearing:check", 10_000),
                credit("suspense:unapplied", 10_000)));

    fixture
        .givenNoPriorActivity()
        .when(
            new RecordPaymentCommand(
                check,
                null,
                Rail.CHECK,
                Money.usd(10_000),
                RECEIVED_AT,
                null,
                PaymentMethod.none()))
        .expectEventsMatching(exactly(received));

    fixture
        .given(received)
        .when(new ApplyUnappliedPaymentCommand(checkId, ACCOUNT, SETTLES_ON))
        .expectEventsMatching(
            exactly(
                new UnappliedPaymentAppliedEvent(
                    checkId,
                    ACCOUNT,
                    entry(
                        PostingRule.UNAPPLIED_PAYMENT_APPLIED,
                        SETTLES_ON,
                        debit("suspense:unapplied", 10_000),
                        credit(RECEIVABLE, 10_000)))));
  }

  @Test
  void cannotApplyAPaymentThatIsAlreadyApplied() {
    fixture
        .given(cardReceived(500))
        .when(new ApplyUnappliedPaymentCommand(CARD_ID, ACCOUNT, SETTLES_ON))
        .expectException(refusal(LedgerRefusal.ALREADY_APPLIED));
  }

  @Test
  void anAchDebitSettlesOnItsSettlementDate() {
    fixture
        .given(achReceived(30_000))
        .when(new SettleAchPaymentCommand(ACH_ID, SETTLES_ON))
        .expectEventsMatching(
            exactly(
                new AchPaymentSettledEvent(
                    ACH_ID,
                    ACCOUNT,
                    SETTLES_ON,
                    entry(
                        PostingRule.ACH_DEBIT_SETTLED,
                        SETTLES_ON,
                        debit("cash:premium-trust", 30_000),
                        credit("clearing:ach", 30_000)))));
  }

  @Test
  void cannotSettleBeforeTheSettlementDate() {
    fixture
        .given(achReceived(30_000))
        .when(new SettleAchPaymentCommand(ACH_ID, SETTLES_ON.minusDays(1)))
        .expectException(refusal(LedgerRefusal.SETTLEMENT_DATE_NOT_REACHED));
  }

  @Test
  void cannotSettleTwice() {
    fixture
        .given(achReceived(30_000), achSettled(30_000))
        .when(new SettleAchPaymentCommand(ACH_ID, SETTLES_ON))
        .expectException(refusal(LedgerRefusal.ALREADY_SETTLED));
  }

  @Test
  void cannotSettleACardPaymentByDate() {
    fixture
        .given(cardReceived(500))
        .when(new SettleAchPaymentCommand(CARD_ID, SETTLES_ON))
        .expectException(refusal(LedgerRefusal.NOT_AN_ACH_PAYMENT));
  }

  @Test
  void aProcessorFeeIsRecordedOncePerReference() {
    ProcessorFeeRecordedEvent fee =
        new ProcessorFeeRecordedEvent(
            CARD_ID,
            ACCOUNT,
            "fee-1",
            Money.usd(37),
            entry(
                PostingRule.PROCESSOR_FEE,
                SETTLES_ON,
                debit("expense:processor-fees", 37),
                credit("clearing:card", 37)));

    fixture
        .given(cardReceived(1_000))
        .when(new RecordProcessorFeeCommand(CARD_ID, "fee-1", Money.usd(37), SETTLES_ON))
        .expectEventsMatching(exactly(fee));
    fixture
        .given(cardReceived(1_000), fee)
        .when(new RecordProcessorFeeCommand(CARD_ID, "fee-1", Money.usd(37), SETTLES_ON))
        .expectNoEvents();
    fixture
        .given(cardReceived(1_000), fee)
        .when(new RecordProcessorFeeCommand(CARD_ID, "fee-1", Money.usd(38), SETTLES_ON))
        .expectException(refusal(LedgerRefusal.FEE_ALREADY_RECORDED_DIFFERENTLY));
  }

  @Test
  void aReturnBeforeSettlementComesOutOfClearing() {
    fixture
        .given(achReceived(30_000))
        .when(new ReturnPaymentCommand(ACH_ID, "RT-1", "R01", SETTLES_ON))
        .expectEventsMatching(exactly(achReturned(30_000, false, false)));
  }

  @Test
  void aReturnAfterSettlementComesOutOfTheTrustAccount() {
    fixture
        .given(achReceived(30_000), achSettled(30_000))
        .when(new ReturnPaymentCommand(ACH_ID, "RT-1", "R01", SETTLES_ON))
        .expectEventsMatching(exactly(achReturned(30_000, true, false)));
  }

  @Test
  void aReturnAfterARefundStillPostsAndIsFlaggedForRecovery() {
    fixture
        .given(achReceived(30_000), achSettled(30_000), refunded(Rail.ACH, ACH_ID, 5_000))
        .when(new ReturnPaymentCommand(ACH_ID, "RT-1", "R01", SETTLES_ON))
        .expectEventsMatching(exactly(achReturned(30_000, true, true)));
  }

  @Test
  void cannotReturnAPaymentTwice() {
    fixture
        .given(achReceived(30_000), achReturned(30_000, false, false))
        .when(new ReturnPaymentCommand(ACH_ID, "RT-2", "R01", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.ALREADY_RETURNED));
  }

  @Test
  void cannotReturnACardPayment() {
    fixture
        .given(cardReceived(500))
        .when(new ReturnPaymentCommand(CARD_ID, "RT-1", "R01", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.NOT_AN_ACH_PAYMENT));
  }

  @Test
  void aChargebackMovesMoneyToSuspenseUntilWonOrLost() {
    fixture
        .given(cardReceived(8_000))
        .when(
            new OpenChargebackCommand(
                CARD_ID, "CB-1", Money.usd(8_000), "10.4", SETTLES_ON, SETTLES_ON.plusDays(20)))
        .expectEventsMatching(exactly(chargebackOpened(8_000, false)));

    fixture
        .given(cardReceived(8_000), chargebackOpened(8_000, false))
        .when(new ResolveChargebackCommand(CARD_ID, "CB-1", true, SETTLES_ON))
        .expectEventsMatching(
            exactly(
                new ChargebackWonEvent(
                    CARD_ID,
                    ACCOUNT,
                    "CB-1",
                    Money.usd(8_000),
                    entry(
                        PostingRule.CHARGEBACK_WON,
                        SETTLES_ON,
                        debit("clearing:card", 8_000),
                        credit("suspense:chargeback", 8_000)))));

    fixture
        .given(cardReceived(8_000), chargebackOpened(8_000, false))
        .when(new ResolveChargebackCommand(CARD_ID, "CB-1", false, SETTLES_ON))
        .expectEventsMatching(exactly(chargebackLost(8_000)));
  }

  @Test
  void aChargebackAfterARefundStillPostsAndIsFlaggedForRecovery() {
    fixture
        .given(cardReceived(8_000), refunded(Rail.CARD, CARD_ID, 8_000))
        .when(
            new OpenChargebackCommand(
                CARD_ID, "CB-1", Money.usd(8_000), "10.4", SETTLES_ON, SETTLES_ON.plusDays(20)))
        .expectEventsMatching(exactly(chargebackOpened(8_000, true)));
  }

  @Test
  void cannotChargeBackMoreThanRemains() {
    fixture
        .given(cardReceived(8_000), chargebackOpened(8_000, false))
        .when(
            new OpenChargebackCommand(
                CARD_ID, "CB-2", Money.usd(1), "10.4", SETTLES_ON, SETTLES_ON.plusDays(20)))
        .expectException(refusal(LedgerRefusal.CHARGEBACK_EXCEEDS_PAYMENT));
  }

  @Test
  void cannotChargeBackAnAchPayment() {
    fixture
        .given(achReceived(8_000))
        .when(
            new OpenChargebackCommand(
                ACH_ID, "CB-1", Money.usd(100), "10.4", SETTLES_ON, SETTLES_ON.plusDays(20)))
        .expectException(refusal(LedgerRefusal.NOT_CHARGEABLE_BACK));
  }

  @Test
  void cannotResolveAnUnknownChargeback() {
    fixture
        .given(cardReceived(8_000))
        .when(new ResolveChargebackCommand(CARD_ID, "CB-9", true, SETTLES_ON))
        .expectException(refusal(LedgerRefusal.UNKNOWN_CHARGEBACK));
  }

  @Test
  void canRefundPartOfAPayment() {
    fixture
        .given(cardReceived(10_000))
        .when(refund(CARD_ID, "RF-1", 4_000))
        .expectEventsMatching(exactly(refunded(Rail.CARD, CARD_ID, 4_000)));
  }

  @Test
  void aRepeatedRefundWithTheSameReferencePostsNothing() {
    fixture
        .given(cardReceived(10_000), refunded(Rail.CARD, CARD_ID, 4_000))
        .when(refund(CARD_ID, "RF-1", 4_000))
        .expectNoEvents();
  }

  @Test
  void cannotRefundMoreThanRemainsRefundable() {
    // 10,000 received, 4,000 refunded, 2,000 lost to a chargeback: 4,000 remain.
    fixture
        .given(
            cardReceived(10_000),
            refunded(Rail.CARD, CARD_ID, 4_000),
            chargebackOpened(2_000, true),
            chargebackLost(2_000))
        .when(refund(CARD_ID, "RF-2", 4_001))
        .expectException(refusal(LedgerRefusal.REFUND_EXCEEDS_REFUNDABLE));
  }

  @Test
  void canRefundExactlyWhatRemains() {
    fixture
        .given(
            cardReceived(10_000),
            refunded(Rail.CARD, CARD_ID, 4_000),
            chargebackOpened(2_000, true),
            chargebackLost(2_000))
        .when(refund(CARD_ID, "RF-2", 4_000))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void cannotRefundWhileAChargebackIsOpen() {
    fixture
        .given(cardReceived(10_000), chargebackOpened(2_000, false))
        .when(refund(CARD_ID, "RF-1", 100))
        .expectException(refusal(LedgerRefusal.REFUND_WHILE_CHARGEBACK_OPEN));
  }

  @Test
  void cannotRefundAReturnedPayment() {
    fixture
        .given(achReceived(30_000), achReturned(30_000, false, false))
        .when(refund(ACH_ID, "RF-1", 100))
        .expectException(refusal(LedgerRefusal.REFUND_WHILE_RETURN_OPEN));
  }

  @Test
  void cannotRefundWithoutAnApproval() {
    fixture
        .given(cardReceived(10_000))
        .when(new IssueRefundCommand(CARD_ID, "RF-1", Money.usd(100), " ", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.APPROVAL_REFERENCE_MISSING));
  }

  @Test
  void anAchRefundCreditSettlesOnce() {
    fixture
        .given(achReceived(30_000), achSettled(30_000), refunded(Rail.ACH, ACH_ID, 5_000))
        .when(new SettleAchRefundCommand(ACH_ID, "RF-1", SETTLES_ON))
        .expectEventsMatching(
            exactly(
                new AchRefundSettledEvent(
                    ACH_ID,
                    ACCOUNT,
                    "RF-1",
                    Money.usd(5_000),
                    entry(
                        PostingRule.ACH_REFUND_CREDIT_SETTLED,
                        SETTLES_ON,
                        debit("clearing:ach", 5_000),
                        credit("cash:premium-trust", 5_000)))));
  }

  @Test
  void cannotSettleAnUnknownRefund() {
    fixture
        .given(achReceived(30_000))
        .when(new SettleAchRefundCommand(ACH_ID, "RF-9", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.UNKNOWN_REFUND));
  }

  @Test
  void aPaymentRecordedInErrorIsVoidedByItsMirror() {
    fixture
        .given(cardReceived(12_345))
        .when(new VoidPaymentCommand(CARD_ID, "keyed twice", SETTLES_ON))
        .expectEventsMatching(exactly(voided(12_345)));
  }

  @Test
  void cannotVoidTwice() {
    fixture
        .given(cardReceived(12_345), voided(12_345))
        .when(new VoidPaymentCommand(CARD_ID, "again", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.ALREADY_CORRECTED));
  }

  @Test
  void cannotVoidAPaymentWhoseMoneyMovedOn() {
    fixture
        .given(achReceived(30_000), achSettled(30_000))
        .when(new VoidPaymentCommand(ACH_ID, "oops", SETTLES_ON))
        .expectException(refusal(LedgerRefusal.PAYMENT_HAS_LATER_MOVEMENTS));
  }

  @Test
  void nothingMoreHappensToAVoidedPayment() {
    fixture
        .given(cardReceived(12_345), voided(12_345))
        .when(refund(CARD_ID, "RF-1", 100))
        .expectException(refusal(LedgerRefusal.PAYMENT_VOIDED));
  }

  private static RecordPaymentCommand card(long cents) {
    return new RecordPaymentCommand(
        CARD_REF, ACCOUNT, Rail.CARD, Money.usd(cents), RECEIVED_AT, null, VISA);
  }

  private static IssueRefundCommand refund(PaymentId payment, String reference, long cents) {
    return new IssueRefundCommand(payment, reference, Money.usd(cents), "APR-7", SETTLES_ON);
  }

  private static PaymentReceivedEvent cardReceived(long cents) {
    return new PaymentReceivedEvent(
        CARD_ID,
        CARD_REF,
        ACCOUNT,
        Rail.CARD,
        Money.usd(cents),
        RECEIVED_AT,
        null,
        VISA,
        entry(
            PostingRule.PAYMENT_RECEIVED,
            RECEIVED_ON,
            debit("clearing:card", cents),
            credit(RECEIVABLE, cents)));
  }

  private static PaymentReceivedEvent achReceived(long cents) {
    return new PaymentReceivedEvent(
        ACH_ID,
        TRACE,
        ACCOUNT,
        Rail.ACH,
        Money.usd(cents),
        RECEIVED_AT,
        SETTLES_ON,
        PaymentMethod.none(),
        entry(
            PostingRule.PAYMENT_RECEIVED,
            RECEIVED_ON,
            debit("clearing:ach", cents),
            credit(RECEIVABLE, cents)));
  }

  private static AchPaymentSettledEvent achSettled(long cents) {
    return new AchPaymentSettledEvent(
        ACH_ID,
        ACCOUNT,
        SETTLES_ON,
        entry(
            PostingRule.ACH_DEBIT_SETTLED,
            SETTLES_ON,
            debit("cash:premium-trust", cents),
            credit("clearing:ach", cents)));
  }

  private static PaymentReturnedEvent achReturned(
      long cents, boolean afterSettlement, boolean recoveryRequired) {
    return new PaymentReturnedEvent(
        ACH_ID,
        ACCOUNT,
        "RT-1",
        "R01",
        SETTLES_ON,
        afterSettlement,
        recoveryRequired,
        entry(
            afterSettlement
                ? PostingRule.ACH_RETURN_AFTER_SETTLEMENT
                : PostingRule.ACH_RETURN_BEFORE_SETTLEMENT,
            SETTLES_ON,
            debit(RECEIVABLE, cents),
            credit(afterSettlement ? "cash:premium-trust" : "clearing:ach", cents)));
  }

  private static ChargebackOpenedEvent chargebackOpened(long cents, boolean recovery) {
    return new ChargebackOpenedEvent(
        CARD_ID,
        ACCOUNT,
        "CB-1",
        Money.usd(cents),
        "10.4",
        SETTLES_ON.plusDays(20),
        recovery,
        entry(
            PostingRule.CHARGEBACK_OPENED,
            SETTLES_ON,
            debit("suspense:chargeback", cents),
            credit("clearing:card", cents)));
  }

  private static ChargebackLostEvent chargebackLost(long cents) {
    return new ChargebackLostEvent(
        CARD_ID,
        ACCOUNT,
        "CB-1",
        Money.usd(cents),
        entry(
            PostingRule.CHARGEBACK_LOST,
            SETTLES_ON,
            debit(RECEIVABLE, cents),
            credit("suspense:chargeback", cents)));
  }

  private static RefundIssuedEvent refunded(Rail rail, PaymentId payment, long cents) {
    return new RefundIssuedEvent(
        payment,
        ACCOUNT,
        rail,
        "RF-1",
        Money.usd(cents),
        "APR-7",
        entry(
            PostingRule.REFUND_ISSUED,
            SETTLES_ON,
            debit(RECEIVABLE, cents),
            credit("clearing:" + rail.code(), cents)));
  }

  private static PaymentVoidedEvent voided(long cents) {
    return new PaymentVoidedEvent(
        CARD_ID,
        ACCOUNT,
        "keyed twice",
        correction(
            PostingRule.PAYMENT_VOIDED,
            SETTLES_ON,
            debit(RECEIVABLE, cents),
            credit("clearing:card", cents)));
  }
}
