package org.premiumledger.ledger.posting;

import static org.premiumledger.ledger.api.JournalLine.credit;
import static org.premiumledger.ledger.api.JournalLine.debit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.Rail;

/**
 * The posting-rules table of DESIGN.md, one method per row and nowhere else. Aggregates call these
 * to build the entry their event carries; nothing else in the code base chooses accounts.
 */
public final class PostingRules {

  private PostingRules() {}

  public static JournalEntry premiumBilled(
      BillingAccountId account, IssuerId issuer, Money net, LocalDate issuedOn) {
    return entry(
        PostingRule.PREMIUM_BILLED,
        net,
        issuedOn,
        debit(LedgerAccount.receivable(account), net.cents()),
        credit(LedgerAccount.payable(issuer), net.cents()));
  }

  /** A bill's net changed by {@code difference}; its sign chooses the side of each account. */
  public static JournalEntry billAdjusted(
      BillingAccountId account, IssuerId issuer, Money difference, LocalDate adjustedOn) {
    long cents = Math.abs(difference.cents());
    LedgerAccount receivable = LedgerAccount.receivable(account);
    LedgerAccount payable = LedgerAccount.payable(issuer);
    if (difference.cents() > 0) {
      return entry(
          PostingRule.BILL_ADJUSTED,
          difference,
          adjustedOn,
          debit(receivable, cents),
          credit(payable, cents));
    }
    return entry(
        PostingRule.BILL_ADJUSTED,
        difference,
        adjustedOn,
        debit(payable, cents),
        credit(receivable, cents));
  }

  /** Cancels what remains of a bill (its net after adjustments), pointing at the bill's entry. */
  public static JournalEntry billCancelled(
      BillingAccountId account,
      IssuerId issuer,
      Money remainingNet,
      UUID billEntryId,
      LocalDate cancelledOn) {
    return correction(
        PostingRule.BILL_CANCELLED,
        remainingNet,
        cancelledOn,
        billEntryId,
        debit(LedgerAccount.payable(issuer), remainingNet.cents()),
        credit(LedgerAccount.receivable(account), remainingNet.cents()));
  }

  public static JournalEntry paymentReceived(
      BillingAccountId account, Rail rail, Money amount, LocalDate receivedOn) {
    return entry(
        PostingRule.PAYMENT_RECEIVED,
        amount,
        receivedOn,
        debit(LedgerAccount.clearing(rail), amount.cents()),
        credit(LedgerAccount.receivable(account), amount.cents()));
  }

  public static JournalEntry paymentReceivedUnapplied(
      Rail rail, Money amount, LocalDate receivedOn) {
    return entry(
        PostingRule.PAYMENT_RECEIVED_UNAPPLIED,
        amount,
        receivedOn,
        debit(LedgerAccount.clearing(rail), amount.cents()),
        credit(LedgerAccount.SUSPENSE_UNAPPLIED, amount.cents()));
  }

  public static JournalEntry unappliedPaymentApplied(
      BillingAccountId account, Money amount, LocalDate appliedOn) {
    return entry(
        PostingRule.UNAPPLIED_PAYMENT_APPLIED,
        amount,
        appliedOn,
        debit(LedgerAccount.SUSPENSE_UNAPPLIED, amount.cents()),
        credit(LedgerAccount.receivable(account), amount.cents()));
  }

  public static JournalEntry achDebitSettled(Money amount, LocalDate settledOn) {
    return entry(
        PostingRule.ACH_DEBIT_SETTLED,
        amount,
        settledOn,
        debit(LedgerAccount.CASH_PREMIUM_TRUST, amount.cents()),
        credit(LedgerAccount.clearing(Rail.ACH), amount.cents()));
  }

  public static JournalEntry processorFee(Rail rail, Money fee, LocalDate chargedOn) {
    return entry(
        PostingRule.PROCESSOR_FEE,
        fee,
        chargedOn,
        debit(LedgerAccount.EXPENSE_PROCESSOR_FEES, fee.cents()),
        credit(LedgerAccount.clearing(rail), fee.cents()));
  }

  public static JournalEntry processorPayout(Rail rail, Money payout, LocalDate paidOn) {
    return entry(
        PostingRule.PROCESSOR_PAYOUT,
        payout,
        paidOn,
        debit(LedgerAccount.CASH_PREMIUM_TRUST, payout.cents()),
        credit(LedgerAccount.clearing(rail), payout.cents()));
  }

  /**
   * An ACH return: the household owes again (or the suspense it sat in is given back), and the
   * money leaves clearing before settlement or the trust account after it.
   */
  public static JournalEntry achReturn(
      LedgerAccount receivableOrUnapplied, Money amount, boolean settled, LocalDate returnedOn) {
    LedgerAccount source = settled ? LedgerAccount.CASH_PREMIUM_TRUST : clearingAch();
    PostingRule rule =
        settled
            ? PostingRule.ACH_RETURN_AFTER_SETTLEMENT
            : PostingRule.ACH_RETURN_BEFORE_SETTLEMENT;
    return entry(
        rule,
        amount,
        returnedOn,
        debit(receivableOrUnapplied, amount.cents()),
        credit(source, amount.cents()));
  }

  public static JournalEntry achReturnUnmatched(Money amount, LocalDate returnedOn) {
    return entry(
        PostingRule.ACH_RETURN_UNMATCHED,
        amount,
        returnedOn,
        debit(LedgerAccount.SUSPENSE_UNMATCHED_RETURN, amount.cents()),
        credit(LedgerAccount.CASH_PREMIUM_TRUST, amount.cents()));
  }

  public static JournalEntry chargebackOpened(Rail rail, Money amount, LocalDate openedOn) {
    return entry(
        PostingRule.CHARGEBACK_OPENED,
        amount,
        openedOn,
        debit(LedgerAccount.SUSPENSE_CHARGEBACK, amount.cents()),
        credit(LedgerAccount.clearing(rail), amount.cents()));
  }

  public static JournalEntry chargebackWon(Rail rail, Money amount, LocalDate wonOn) {
    return entry(
        PostingRule.CHARGEBACK_WON,
        amount,
        wonOn,
        debit(LedgerAccount.clearing(rail), amount.cents()),
        credit(LedgerAccount.SUSPENSE_CHARGEBACK, amount.cents()));
  }

  public static JournalEntry chargebackLost(
      LedgerAccount receivableOrUnapplied, Money amount, LocalDate lostOn) {
    return entry(
        PostingRule.CHARGEBACK_LOST,
        amount,
        lostOn,
        debit(receivableOrUnapplied, amount.cents()),
        credit(LedgerAccount.SUSPENSE_CHARGEBACK, amount.cents()));
  }

  public static JournalEntry refundIssued(
      LedgerAccount receivableOrUnapplied, Rail rail, Money amount, LocalDate issuedOn) {
    return entry(
        PostingRule.REFUND_ISSUED,
        amount,
        issuedOn,
        debit(receivableOrUnapplied, amount.cents()),
        credit(LedgerAccount.clearing(rail), amount.cents()));
  }

  public static JournalEntry achRefundCreditSettled(Money amount, LocalDate settledOn) {
    return entry(
        PostingRule.ACH_REFUND_CREDIT_SETTLED,
        amount,
        settledOn,
        debit(clearingAch(), amount.cents()),
        credit(LedgerAccount.CASH_PREMIUM_TRUST, amount.cents()));
  }

  public static JournalEntry premiumWrittenOff(
      BillingAccountId account, IssuerId issuer, Money amount, LocalDate writtenOffOn) {
    return entry(
        PostingRule.PREMIUM_WRITTEN_OFF,
        amount,
        writtenOffOn,
        debit(LedgerAccount.payable(issuer), amount.cents()),
        credit(LedgerAccount.receivable(account), amount.cents()));
  }

  public static JournalEntry exchangeLossWrittenOff(
      BillingAccountId account, Money amount, LocalDate writtenOffOn) {
    return entry(
        PostingRule.EXCHANGE_LOSS_WRITTEN_OFF,
        amount,
        writtenOffOn,
        debit(LedgerAccount.EXPENSE_WRITE_OFF, amount.cents()),
        credit(LedgerAccount.receivable(account), amount.cents()));
  }

  public static JournalEntry issuerRemittance(IssuerId issuer, Money amount, LocalDate paidOn) {
    return entry(
        PostingRule.ISSUER_REMITTANCE,
        amount,
        paidOn,
        debit(LedgerAccount.payable(issuer), amount.cents()),
        credit(LedgerAccount.CASH_PREMIUM_TRUST, amount.cents()));
  }

  public static JournalEntry paymentVoided(JournalEntry received, LocalDate voidedOn) {
    return received.mirror(UUID.randomUUID(), PostingRule.PAYMENT_VOIDED, voidedOn);
  }

  private static LedgerAccount clearingAch() {
    return LedgerAccount.clearing(Rail.ACH);
  }

  private static JournalEntry entry(
      PostingRule rule, Money amount, LocalDate businessDate, JournalLine... lines) {
    return new JournalEntry(
        UUID.randomUUID(), rule, amount.currency(), businessDate, List.of(lines), null);
  }

  private static JournalEntry correction(
      PostingRule rule,
      Money amount,
      LocalDate businessDate,
      UUID correctedEntryId,
      JournalLine... lines) {
    return new JournalEntry(
        UUID.randomUUID(), rule, amount.currency(), businessDate, List.of(lines), correctedEntryId);
  }
}
