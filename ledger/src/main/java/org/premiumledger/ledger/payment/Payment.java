package org.premiumledger.ledger.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.AchPaymentSettledEvent;
import org.premiumledger.ledger.api.AchRefundSettledEvent;
import org.premiumledger.ledger.api.ApplyUnappliedPaymentCommand;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ChargebackLostEvent;
import org.premiumledger.ledger.api.ChargebackOpenedEvent;
import org.premiumledger.ledger.api.ChargebackWonEvent;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
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
import org.premiumledger.ledger.posting.PostingRules;

/**
 * One payment from receipt to its end: settlement, fees, return, chargebacks, refunds, or a void
 * when it was recorded in error. Its id derives from the identity its source gave it, so the event
 * store's unique (aggregate, sequence) constraint records a redelivered payment once.
 */
@Aggregate(cache = "paymentCache")
class Payment {

  @AggregateIdentifier private String paymentId;
  private PaymentReceivedEvent receipt;
  private BillingAccountId billingAccountId;
  private boolean settled;
  private boolean returned;
  private String returnReference;
  private boolean voided;
  private boolean movedAfterReceipt;
  private long refundedCents;
  private long lostToChargebacksCents;
  private final Map<String, Long> openChargebacks = new HashMap<>();
  private final Set<String> closedChargebacks = new HashSet<>();
  private final Map<String, Long> feesByReference = new HashMap<>();
  private final Map<String, Long> refundsByReference = new HashMap<>();
  private final Set<String> unsettledAchRefunds = new HashSet<>();

  protected Payment() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  PaymentRecordedResponse handle(
      RecordPaymentCommand command, BookReader book, LedgerSettings settings) {
    if (receipt != null) {
      return answerRepeatedDelivery(command);
    }

    requirePositive(command.amount());
    if (command.billingAccountId() != null) {
      requireKnownAccountInCurrency(book, command.billingAccountId(), command.amount());
    }

    LocalDate receivedOn = command.receivedAt().atZone(settings.getZone()).toLocalDate();
    LocalDate settlementDate =
        command.rail() == Rail.ACH
            ? Objects.requireNonNullElse(command.settlementDate(), receivedOn)
            : command.settlementDate();
    JournalEntry entry =
        command.billingAccountId() == null
            ? PostingRules.paymentReceivedUnapplied(command.rail(), command.amount(), receivedOn)
            : PostingRules.paymentReceived(
                command.billingAccountId(), command.rail(), command.amount(), receivedOn);
    apply(
        new PaymentReceivedEvent(
            command.paymentId(),
            command.identity(),
            command.billingAccountId(),
            command.rail(),
            command.amount(),
            command.receivedAt(),
            settlementDate,
            command.method(),
            entry));
    return new PaymentRecordedResponse(command.paymentId(), false);
  }

  private PaymentRecordedResponse answerRepeatedDelivery(RecordPaymentCommand command) {
    boolean sameDetails =
        receipt.identity().equals(command.identity())
            && Objects.equals(receipt.billingAccountId(), command.billingAccountId())
            && receipt.rail() == command.rail()
            && receipt.amount().equals(command.amount())
            && receipt.receivedAt().equals(command.receivedAt())
            && (command.settlementDate() == null
                || command.settlementDate().equals(receipt.settlementDate()));
    if (!sameDetails) {
      throw new LedgerRefusedException(
          LedgerRefusal.IDENTITY_REUSED_WITH_DIFFERENT_DETAILS,
          command.identity().key() + " is payment " + paymentId);
    }
    return new PaymentRecordedResponse(receipt.paymentId(), true);
  }

  @CommandHandler
  void handle(ApplyUnappliedPaymentCommand command, BookReader book) {
    requireNotVoided();
    if (billingAccountId != null) {
      throw new LedgerRefusedException(
          LedgerRefusal.ALREADY_APPLIED, "applied to " + billingAccountId);
    }
    requireKnownAccountInCurrency(book, command.billingAccountId(), receipt.amount());

    apply(
        new UnappliedPaymentAppliedEvent(
            receipt.paymentId(),
            command.billingAccountId(),
            PostingRules.unappliedPaymentApplied(
                command.billingAccountId(), receipt.amount(), command.appliedOn())));
  }

  @CommandHandler
  void handle(SettleAchPaymentCommand command) {
    requireNotVoided();
    if (receipt.rail() != Rail.ACH) {
      throw new LedgerRefusedException(LedgerRefusal.NOT_AN_ACH_PAYMENT, receipt.rail().code());
    }
    if (returned) {
      throw new LedgerRefusedException(LedgerRefusal.ALREADY_RETURNED, "returned before settling");
    }
    if (settled) {
      throw new LedgerRefusedException(LedgerRefusal.ALREADY_SETTLED, null);
    }
    if (command.settledOn().isBefore(receipt.settlementDate())) {
      throw new LedgerRefusedException(
          LedgerRefusal.SETTLEMENT_DATE_NOT_REACHED, "settles on " + receipt.settlementDate());
    }

    apply(
        new AchPaymentSettledEvent(
            receipt.paymentId(),
            billingAccountId,
            command.settledOn(),
            PostingRules.achDebitSettled(receipt.amount(), command.settledOn())));
  }

  @CommandHandler
  void handle(RecordProcessorFeeCommand command) {
    requireNotVoided();
    requirePositive(command.fee());
    requireSameCurrency(command.fee());
    Long recorded = feesByReference.get(command.feeReference());
    if (recorded != null) {
      if (recorded == command.fee().cents()) {
        return;
      }
      throw new LedgerRefusedException(
          LedgerRefusal.FEE_ALREADY_RECORDED_DIFFERENTLY, command.feeReference());
    }

    apply(
        new ProcessorFeeRecordedEvent(
            receipt.paymentId(),
            billingAccountId,
            command.feeReference(),
            command.fee(),
            PostingRules.processorFee(receipt.rail(), command.fee(), command.chargedOn())));
  }

  /**
   * Answers true when the return posted, false when this very return (same return reference) was
   * recorded before: a bank file read twice posts its returns once.
   */
  @CommandHandler
  boolean handle(ReturnPaymentCommand command) {
    requireNotVoided();
    if (receipt.rail() != Rail.ACH) {
      throw new LedgerRefusedException(LedgerRefusal.NOT_AN_ACH_PAYMENT, receipt.rail().code());
    }
    if (returned && command.returnReference().equals(returnReference)) {
      return false;
    }
    if (returned) {
      throw new LedgerRefusedException(LedgerRefusal.ALREADY_RETURNED, command.returnReference());
    }

    // The bank takes back the whole debit. Money already refunded is then owed back to us.
    boolean recoveryRequired = refundedCents > 0;
    apply(
        new PaymentReturnedEvent(
            receipt.paymentId(),
            billingAccountId,
            command.returnReference(),
            command.reasonCode(),
            command.returnedOn(),
            settled,
            recoveryRequired,
            PostingRules.achReturn(
                householdSide(), receipt.amount(), settled, command.returnedOn())));
    return true;
  }

  @CommandHandler
  void handle(OpenChargebackCommand command) {
    requireNotVoided();
    if (!receipt.rail().canBeChargedBack()) {
      throw new LedgerRefusedException(LedgerRefusal.NOT_CHARGEABLE_BACK, receipt.rail().code());
    }
    requirePositive(command.amount());
    requireSameCurrency(command.amount());
    Long open = openChargebacks.get(command.chargebackReference());
    if (open != null && open == command.amount().cents()) {
      return;
    }
    if (open != null || closedChargebacks.contains(command.chargebackReference())) {
      throw new LedgerRefusedException(
          LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS, command.chargebackReference());
    }
    long openCents = openChargebacks.values().stream().mapToLong(Long::longValue).sum();
    long remaining = receipt.amount().cents() - lostToChargebacksCents - openCents;
    if (command.amount().cents() > remaining) {
      throw new LedgerRefusedException(
          LedgerRefusal.CHARGEBACK_EXCEEDS_PAYMENT, "at most " + remaining + " cents remain");
    }

    apply(
        new ChargebackOpenedEvent(
            receipt.paymentId(),
            billingAccountId,
            command.chargebackReference(),
            command.amount(),
            command.reasonCode(),
            command.respondBy(),
            refundedCents > 0,
            PostingRules.chargebackOpened(receipt.rail(), command.amount(), command.openedOn())));
  }

  @CommandHandler
  void handle(ResolveChargebackCommand command) {
    requireNotVoided();
    Long cents = openChargebacks.get(command.chargebackReference());
    if (cents == null) {
      throw new LedgerRefusedException(
          LedgerRefusal.UNKNOWN_CHARGEBACK, command.chargebackReference());
    }

    Money amount = new Money(cents, receipt.amount().currency());
    if (command.won()) {
      apply(
          new ChargebackWonEvent(
              receipt.paymentId(),
              billingAccountId,
              command.chargebackReference(),
              amount,
              PostingRules.chargebackWon(receipt.rail(), amount, command.resolvedOn())));
    } else {
      apply(
          new ChargebackLostEvent(
              receipt.paymentId(),
              billingAccountId,
              command.chargebackReference(),
              amount,
              PostingRules.chargebackLost(householdSide(), amount, command.resolvedOn())));
    }
  }

  @CommandHandler
  void handle(IssueRefundCommand command) {
    requireNotVoided();
    Long earlier = refundsByReference.get(command.refundReference());
    if (earlier != null) {
      if (earlier == command.amount().cents()) {
        return;
      }
      throw new LedgerRefusedException(
          LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS, command.refundReference());
    }
    requireSameCurrency(command.amount());
    requirePositive(command.amount());
    if (!openChargebacks.isEmpty()) {
      throw new LedgerRefusedException(
          LedgerRefusal.REFUND_WHILE_CHARGEBACK_OPEN, String.join(", ", openChargebacks.keySet()));
    }
    if (returned) {
      throw new LedgerRefusedException(LedgerRefusal.REFUND_WHILE_RETURN_OPEN, null);
    }
    long refundable = receipt.amount().cents() - refundedCents - lostToChargebacksCents;
    if (command.amount().cents() > refundable) {
      throw new LedgerRefusedException(
          LedgerRefusal.REFUND_EXCEEDS_REFUNDABLE, refundable + " cents remain refundable");
    }
    if (command.approvalReference() == null || command.approvalReference().isBlank()) {
      throw new LedgerRefusedException(LedgerRefusal.APPROVAL_REFERENCE_MISSING, null);
    }

    apply(
        new RefundIssuedEvent(
            receipt.paymentId(),
            billingAccountId,
            receipt.rail(),
            command.refundReference(),
            command.amount(),
            command.approvalReference(),
            PostingRules.refundIssued(
                householdSide(), receipt.rail(), command.amount(), command.issuedOn())));
  }

  @CommandHandler
  void handle(SettleAchRefundCommand command) {
    requireNotVoided();
    if (!unsettledAchRefunds.contains(command.refundReference())) {
      throw new LedgerRefusedException(LedgerRefusal.UNKNOWN_REFUND, command.refundReference());
    }

    Money amount =
        new Money(refundsByReference.get(command.refundReference()), receipt.amount().currency());
    apply(
        new AchRefundSettledEvent(
            receipt.paymentId(),
            billingAccountId,
            command.refundReference(),
            amount,
            PostingRules.achRefundCreditSettled(amount, command.settledOn())));
  }

  @CommandHandler
  void handle(VoidPaymentCommand command) {
    if (voided) {
      throw new LedgerRefusedException(LedgerRefusal.ALREADY_CORRECTED, "payment " + paymentId);
    }
    if (movedAfterReceipt) {
      throw new LedgerRefusedException(LedgerRefusal.PAYMENT_HAS_LATER_MOVEMENTS, null);
    }

    apply(
        new PaymentVoidedEvent(
            receipt.paymentId(),
            billingAccountId,
            command.reason(),
            PostingRules.paymentVoided(receipt.journalEntry(), command.voidedOn())));
  }

  @EventSourcingHandler
  void on(PaymentReceivedEvent event) {
    paymentId = event.paymentId().value();
    receipt = event;
    billingAccountId = event.billingAccountId();
  }

  @EventSourcingHandler
  void on(UnappliedPaymentAppliedEvent event) {
    billingAccountId = event.billingAccountId();
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(AchPaymentSettledEvent event) {
    settled = true;
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(ProcessorFeeRecordedEvent event) {
    feesByReference.put(event.feeReference(), event.fee().cents());
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(PaymentReturnedEvent event) {
    returned = true;
    returnReference = event.returnReference();
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(ChargebackOpenedEvent event) {
    openChargebacks.put(event.chargebackReference(), event.amount().cents());
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(ChargebackWonEvent event) {
    openChargebacks.remove(event.chargebackReference());
    closedChargebacks.add(event.chargebackReference());
  }

  @EventSourcingHandler
  void on(ChargebackLostEvent event) {
    openChargebacks.remove(event.chargebackReference());
    closedChargebacks.add(event.chargebackReference());
    lostToChargebacksCents += event.amount().cents();
  }

  @EventSourcingHandler
  void on(RefundIssuedEvent event) {
    refundsByReference.put(event.refundReference(), event.amount().cents());
    refundedCents += event.amount().cents();
    if (event.rail() == Rail.ACH) {
      unsettledAchRefunds.add(event.refundReference());
    }
    movedAfterReceipt = true;
  }

  @EventSourcingHandler
  void on(AchRefundSettledEvent event) {
    unsettledAchRefunds.remove(event.refundReference());
  }

  @EventSourcingHandler
  void on(PaymentVoidedEvent event) {
    voided = true;
  }

  /** The account a payment's money came from: the household's, or suspense while unapplied. */
  private LedgerAccount householdSide() {
    return billingAccountId == null
        ? LedgerAccount.SUSPENSE_UNAPPLIED
        : LedgerAccount.receivable(billingAccountId);
  }

  private void requireNotVoided() {
    if (voided) {
      throw new LedgerRefusedException(LedgerRefusal.PAYMENT_VOIDED, "payment " + paymentId);
    }
  }

  private void requireSameCurrency(Money amount) {
    if (!amount.currency().equals(receipt.amount().currency())) {
      throw new LedgerRefusedException(
          LedgerRefusal.CURRENCY_MISMATCH,
          "payment is in " + receipt.amount().currency() + ", found " + amount.currency());
    }
  }

  private static void requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new LedgerRefusedException(LedgerRefusal.AMOUNT_NOT_POSITIVE, amount.toString());
    }
    if (amount.cents() > LedgerRefusal.MAX_AMOUNT_CENTS) {
      throw new LedgerRefusedException(LedgerRefusal.AMOUNT_ABOVE_LIMIT, amount.toString());
    }
  }

  private static void requireKnownAccountInCurrency(
      BookReader book, BillingAccountId account, Money amount) {
    var currency =
        book.currencyOf(account)
            .orElseThrow(
                () ->
                    new LedgerRefusedException(
                        LedgerRefusal.UNKNOWN_BILLING_ACCOUNT, account.value()));
    if (!currency.equals(amount.currency())) {
      throw new LedgerRefusedException(
          LedgerRefusal.CURRENCY_MISMATCH,
          "account " + account + " is in " + currency + ", found " + amount.currency());
    }
  }
}
