package org.premiumledger.ledger.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.premiumledger.ledger.testing.Entries.credit;
import static org.premiumledger.ledger.testing.Entries.debit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.LedgerInvariantViolation;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.Rail;

/** One test per row of the posting-rules table in DESIGN.md: each line's account and amount. */
class PostingRulesTest {

  private static final BillingAccountId ACCOUNT = new BillingAccountId("BA-1001");
  private static final IssuerId ISSUER = new IssuerId("BLUE");
  private static final LocalDate DAY = LocalDate.of(2027, 2, 3);

  @Test
  void premiumBilledDebitsTheHouseholdAndCreditsTheIssuer() {
    JournalEntry entry = PostingRules.premiumBilled(ACCOUNT, ISSUER, Money.usd(21_340), DAY);

    assertLines(
        entry,
        PostingRule.PREMIUM_BILLED,
        debit("receivable:enrollee:BA-1001", 21_340),
        credit("payable:issuer:BLUE", 21_340));
  }

  @Test
  void anUpwardBillAdjustmentDebitsTheHousehold() {
    JournalEntry entry = PostingRules.billAdjusted(ACCOUNT, ISSUER, Money.usd(1_500), DAY);

    assertLines(
        entry,
        PostingRule.BILL_ADJUSTED,
        debit("receivable:enrollee:BA-1001", 1_500),
        credit("payable:issuer:BLUE", 1_500));
  }

  @Test
  void aDownwardBillAdjustmentDebitsTheIssuer() {
    JournalEntry entry = PostingRules.billAdjusted(ACCOUNT, ISSUER, Money.usd(-2_250), DAY);

    assertLines(
        entry,
        PostingRule.BILL_ADJUSTED,
        debit("payable:issuer:BLUE", 2_250),
        credit("receivable:enrollee:BA-1001", 2_250));
  }

  @Test
  void aCancelledBillReversesWhatRemainedAndPointsAtTheBill() {
    UUID billEntry = UUID.randomUUID();

    JournalEntry entry =
        PostingRules.billCancelled(ACCOUNT, ISSUER, Money.usd(19_090), billEntry, DAY);

    assertLines(
        entry,
        PostingRule.BILL_CANCELLED,
        debit("payable:issuer:BLUE", 19_090),
        credit("receivable:enrollee:BA-1001", 19_090));
    assertThat(entry.correctsEntryId()).isEqualTo(billEntry);
  }

  @Test
  void aPaymentReceivedMovesMoneyIntoTheRailsClearing() {
    JournalEntry entry = PostingRules.paymentReceived(ACCOUNT, Rail.WALLET, Money.usd(8_800), DAY);

    assertLines(
        entry,
        PostingRule.PAYMENT_RECEIVED,
        debit("clearing:wallet", 8_800),
        credit("receivable:enrollee:BA-1001", 8_800));
  }

  @Test
  void aPaymentMatchingNoAccountWaitsInSuspense() {
    JournalEntry entry = PostingRules.paymentReceivedUnapplied(Rail.CHECK, Money.usd(10_000), DAY);

    assertLines(
        entry,
        PostingRule.PAYMENT_RECEIVED_UNAPPLIED,
        debit("clearing:check", 10_000),
        credit("suspense:unapplied", 10_000));
  }

  @Test
  void applyingAnUnappliedPaymentLeavesSuspense() {
    JournalEntry entry = PostingRules.unappliedPaymentApplied(ACCOUNT, Money.usd(10_000), DAY);

    assertLines(
        entry,
        PostingRule.UNAPPLIED_PAYMENT_APPLIED,
        debit("suspense:unapplied", 10_000),
        credit("receivable:enrollee:BA-1001", 10_000));
  }

  @Test
  void anAchDebitSettlesIntoTheTrustAccount() {
    JournalEntry entry = PostingRules.achDebitSettled(Money.usd(30_001), DAY);

    assertLines(
        entry,
        PostingRule.ACH_DEBIT_SETTLED,
        debit("cash:premium-trust", 30_001),
        credit("clearing:ach", 30_001));
  }

  @Test
  void aProcessorFeeIsAnExpenseTakenFromClearing() {
    JournalEntry entry = PostingRules.processorFee(Rail.CARD, Money.usd(317), DAY);

    assertLines(
        entry,
        PostingRule.PROCESSOR_FEE,
        debit("expense:processor-fees", 317),
        credit("clearing:card", 317));
  }

  @Test
  void aProcessorPayoutReachesTheTrustAccount() {
    JournalEntry entry = PostingRules.processorPayout(Rail.THIRD_PARTY, Money.usd(99_000), DAY);

    assertLines(
        entry,
        PostingRule.PROCESSOR_PAYOUT,
        debit("cash:premium-trust", 99_000),
        credit("clearing:third-party", 99_000));
  }

  @Test
  void anAchReturnBeforeSettlementLeavesClearing() {
    JournalEntry entry =
        PostingRules.achReturn(
            LedgerAccount.of("receivable:enrollee:BA-1001"), Money.usd(4_000), false, DAY);

    assertLines(
        entry,
        PostingRule.ACH_RETURN_BEFORE_SETTLEMENT,
        debit("receivable:enrollee:BA-1001", 4_000),
        credit("clearing:ach", 4_000));
  }

  @Test
  void anAchReturnAfterSettlementLeavesTheTrustAccount() {
    JournalEntry entry =
        PostingRules.achReturn(LedgerAccount.of("suspense:unapplied"), Money.usd(4_000), true, DAY);

    assertLines(
        entry,
        PostingRule.ACH_RETURN_AFTER_SETTLEMENT,
        debit("suspense:unapplied", 4_000),
        credit("cash:premium-trust", 4_000));
  }

  @Test
  void anAchReturnMatchingNoPaymentWaitsInItsOwnSuspense() {
    JournalEntry entry = PostingRules.achReturnUnmatched(Money.usd(6_100), DAY);

    assertLines(
        entry,
        PostingRule.ACH_RETURN_UNMATCHED,
        debit("suspense:unmatched-return", 6_100),
        credit("cash:premium-trust", 6_100));
  }

  @Test
  void aChargebackOpenedTakesMoneyFromClearingIntoSuspense() {
    JournalEntry entry = PostingRules.chargebackOpened(Rail.CARD, Money.usd(2_500), DAY);

    assertLines(
        entry,
        PostingRule.CHARGEBACK_OPENED,
        debit("suspense:chargeback", 2_500),
        credit("clearing:card", 2_500));
  }

  @Test
  void aChargebackWonReturnsTheMoneyToClearing() {
    JournalEntry entry = PostingRules.chargebackWon(Rail.CARD, Money.usd(2_500), DAY);

    assertLines(
        entry,
        PostingRule.CHARGEBACK_WON,
        debit("clearing:card", 2_500),
        credit("suspense:chargeback", 2_500));
  }

  @Test
  void aChargebackLostIsOwedByTheHouseholdAgain() {
    JournalEntry entry =
        PostingRules.chargebackLost(
            LedgerAccount.of("receivable:enrollee:BA-1001"), Money.usd(2_500), DAY);

    assertLines(
        entry,
        PostingRule.CHARGEBACK_LOST,
        debit("receivable:enrollee:BA-1001", 2_500),
        credit("suspense:chargeback", 2_500));
  }

  @Test
  void aRefundDebitsTheHouseholdAndLeavesClearing() {
    JournalEntry entry =
        PostingRules.refundIssued(
            LedgerAccount.of("receivable:enrollee:BA-1001"), Rail.CARD, Money.usd(1_234), DAY);

    assertLines(
        entry,
        PostingRule.REFUND_ISSUED,
        debit("receivable:enrollee:BA-1001", 1_234),
        credit("clearing:card", 1_234));
  }

  @Test
  void anAchRefundCreditSettlesOutOfTheTrustAccount() {
    JournalEntry entry = PostingRules.achRefundCreditSettled(Money.usd(1_234), DAY);

    assertLines(
        entry,
        PostingRule.ACH_REFUND_CREDIT_SETTLED,
        debit("clearing:ach", 1_234),
        credit("cash:premium-trust", 1_234));
  }

  @Test
  void anUncollectiblePremiumWrittenOffIsBorneByTheIssuer() {
    JournalEntry entry = PostingRules.premiumWrittenOff(ACCOUNT, ISSUER, Money.usd(5_000), DAY);

    assertLines(
        entry,
        PostingRule.PREMIUM_WRITTEN_OFF,
        debit("payable:issuer:BLUE", 5_000),
        credit("receivable:enrollee:BA-1001", 5_000));
  }

  @Test
  void aLossTheExchangeBearsIsAnExpense() {
    JournalEntry entry = PostingRules.exchangeLossWrittenOff(ACCOUNT, Money.usd(5_000), DAY);

    assertLines(
        entry,
        PostingRule.EXCHANGE_LOSS_WRITTEN_OFF,
        debit("expense:write-off", 5_000),
        credit("receivable:enrollee:BA-1001", 5_000));
  }

  @Test
  void aRemittancePaysTheIssuerFromTheTrustAccount() {
    JournalEntry entry = PostingRules.issuerRemittance(ISSUER, Money.usd(1_000_000), DAY);

    assertLines(
        entry,
        PostingRule.ISSUER_REMITTANCE,
        debit("payable:issuer:BLUE", 1_000_000),
        credit("cash:premium-trust", 1_000_000));
  }

  @Test
  void aVoidMirrorsTheReceiptAndPointsAtIt() {
    JournalEntry receipt = PostingRules.paymentReceived(ACCOUNT, Rail.CARD, Money.usd(700), DAY);

    JournalEntry voided = PostingRules.paymentVoided(receipt, DAY.plusDays(1));

    assertLines(
        voided,
        PostingRule.PAYMENT_VOIDED,
        debit("receivable:enrollee:BA-1001", 700),
        credit("clearing:card", 700));
    assertThat(voided.correctsEntryId()).isEqualTo(receipt.entryId());
  }

  @Test
  void aMirrorIsNeverItselfReversed() {
    JournalEntry receipt = PostingRules.paymentReceived(ACCOUNT, Rail.CARD, Money.usd(700), DAY);
    JournalEntry voided = PostingRules.paymentVoided(receipt, DAY);

    assertThatThrownBy(() -> PostingRules.paymentVoided(voided, DAY))
        .isInstanceOf(LedgerInvariantViolation.class);
  }

  @Test
  void anEntryThatDoesNotBalanceCannotBeBuilt() {
    List<JournalLine> lines = List.of(debit("clearing:card", 100), credit("clearing:ach", 99));

    assertThatThrownBy(
            () ->
                new JournalEntry(
                    UUID.randomUUID(), PostingRule.PROCESSOR_FEE, Money.USD, DAY, lines, null))
        .isInstanceOf(LedgerInvariantViolation.class)
        .hasMessageContaining("does not balance");
  }

  @Test
  void aZeroOrNegativeLineCannotBeBuilt() {
    assertThatThrownBy(() -> debit("clearing:card", 0))
        .isInstanceOf(LedgerInvariantViolation.class);
    assertThatThrownBy(() -> credit("clearing:card", -5))
        .isInstanceOf(LedgerInvariantViolation.class);
  }

  private static void assertLines(JournalEntry entry, PostingRule rule, JournalLine... expected) {
    assertThat(entry.rule()).isEqualTo(rule);
    assertThat(entry.currency()).isEqualTo(Money.USD);
    assertThat(entry.lines()).containsExactly(expected);
    assertThat(entry.debitCents()).isEqualTo(entry.creditCents());
  }
}
