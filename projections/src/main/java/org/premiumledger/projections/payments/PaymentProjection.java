package org.premiumledger.projections.payments;

import static org.premiumledger.projections.payments.PaymentTables.*;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.premiumledger.ledger.api.AchPaymentSettledEvent;
import org.premiumledger.ledger.api.AchRefundSettledEvent;
import org.premiumledger.ledger.api.ChargebackLostEvent;
import org.premiumledger.ledger.api.ChargebackOpenedEvent;
import org.premiumledger.ledger.api.ChargebackWonEvent;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
import org.premiumledger.ledger.api.ProcessorFeeRecordedEvent;
import org.premiumledger.ledger.api.RefundIssuedEvent;
import org.premiumledger.ledger.api.UnappliedPaymentAppliedEvent;
import org.premiumledger.ledger.api.UnmatchedReturnRecordedEvent;
import org.premiumledger.projections.platform.EventPosition;
import org.springframework.stereotype.Component;

/**
 * Each payment with every step of its life and the journal entry each step posted, and intake's
 * exceptions. A payment's events come from its own aggregate, so they reach one segment in order. A
 * step is keyed by its event: a second delivery inserts nothing and changes nothing.
 */
@Component
@ProcessingGroup("projection-payments")
class PaymentProjection {

  private final DSLContext db;

  PaymentProjection(DSLContext db) {
    this.db = db;
  }

  @EventHandler
  void on(PaymentReceivedEvent event, EventMessage<?> message, TrackingToken token) {
    long globalIndex = EventPosition.of(token);
    boolean unapplied = event.billingAccountId() == null;
    db.insertInto(PAYMENT)
        .set(P_ID, uuid(event.paymentId()))
        .set(P_ACCOUNT, unapplied ? null : event.billingAccountId().value())
        .set(P_SOURCE, event.identity().source())
        .set(P_REFERENCE, event.identity().reference())
        .set(P_RAIL, event.rail().code())
        .set(P_AMOUNT, event.amount().cents())
        .set(P_CURRENCY, event.amount().currency().getCurrencyCode())
        .set(P_RECEIVED_AT, event.receivedAt())
        .set(P_RECEIVED_ON, event.journalEntry().businessDate())
        .set(P_SETTLEMENT_DATE, event.settlementDate())
        .set(P_BRAND, event.method() == null ? null : event.method().brand())
        .set(P_LAST4, event.method() == null ? null : event.method().last4())
        .set(P_STATUS, unapplied ? "UNAPPLIED" : "RECEIVED")
        .set(P_REFUNDED, 0L)
        .set(P_CHARGED_BACK, 0L)
        .set(P_FEES, 0L)
        .set(P_RECOVERY, false)
        .set(P_GLOBAL_INDEX, globalIndex)
        .onConflictDoNothing()
        .execute();
    step(message, globalIndex, event.paymentId(), "RECEIVED", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.identity().reference())
        .detail(event.rail().code() + (unapplied ? ", matched no billing account" : ""))
        .insert();
    if (unapplied) {
      boolean achTrace = "ach-trace".equals(event.identity().source());
      db.insertInto(EXCEPTION)
          .set(X_KIND, UNAPPLIED_PAYMENT)
          .set(X_REFERENCE, event.identity().key())
          .set(X_GLOBAL_INDEX, globalIndex)
          .set(X_RECORDED_AT, message.getTimestamp())
          .set(X_AMOUNT, event.amount().cents())
          .set(X_CURRENCY, event.amount().currency().getCurrencyCode())
          .set(X_PAYMENT, uuid(event.paymentId()))
          .set(X_TRACE, achTrace ? event.identity().reference() : null)
          .set(X_RESOLVED, false)
          .onConflictDoNothing()
          .execute();
    }
  }

  @EventHandler
  void on(UnappliedPaymentAppliedEvent event, EventMessage<?> message, TrackingToken token) {
    String account = event.billingAccountId().value();
    if (step(message, token, event.paymentId(), "APPLIED", event.journalEntry())
        .detail("applied to " + account)
        .insert()) {
      updatePayment(event.paymentId(), P_ACCOUNT, account, "RECEIVED");
      db.update(EXCEPTION)
          .set(X_RESOLVED, true)
          .set(X_RESOLVED_TO, account)
          .where(X_KIND.eq(UNAPPLIED_PAYMENT))
          .and(X_PAYMENT.eq(uuid(event.paymentId())))
          .execute();
    }
  }

  @EventHandler
  void on(AchPaymentSettledEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "SETTLED", event.journalEntry()).insert()) {
      updatePayment(event.paymentId(), P_SETTLED_ON, event.settledOn(), "SETTLED");
    }
  }

  @EventHandler
  void on(ProcessorFeeRecordedEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "FEE", event.journalEntry())
        .amount(event.fee().cents())
        .reference(event.feeReference())
        .insert()) {
      add(event.paymentId(), P_FEES, event.fee().cents());
    }
  }

  @EventHandler
  void on(PaymentReturnedEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "RETURNED", event.journalEntry())
        .reference(event.returnReference())
        .reasonCode(event.reasonCode())
        .detail(event.afterSettlement() ? "after settlement" : "before settlement")
        .insert()) {
      db.update(PAYMENT)
          .set(P_STATUS, "RETURNED")
          .set(P_RECOVERY, event.recoveryRequired() ? DSL.inline(true) : P_RECOVERY)
          .where(P_ID.eq(uuid(event.paymentId())))
          .execute();
    }
  }

  @EventHandler
  void on(ChargebackOpenedEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "CHARGEBACK_OPENED", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.chargebackReference())
        .reasonCode(event.reasonCode())
        .detail(event.respondBy() == null ? null : "respond by " + event.respondBy())
        .insert()) {
      db.update(PAYMENT)
          .set(P_STATUS, "CHARGEBACK_OPEN")
          .set(P_RECOVERY, event.recoveryRequired() ? DSL.inline(true) : P_RECOVERY)
          .where(P_ID.eq(uuid(event.paymentId())))
          .execute();
    }
  }

  @EventHandler
  void on(ChargebackWonEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "CHARGEBACK_WON", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.chargebackReference())
        .insert()) {
      updatePayment(event.paymentId(), P_STATUS, "CHARGEBACK_WON", "CHARGEBACK_WON");
    }
  }

  @EventHandler
  void on(ChargebackLostEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "CHARGEBACK_LOST", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.chargebackReference())
        .insert()) {
      add(event.paymentId(), P_CHARGED_BACK, event.amount().cents());
      updatePayment(event.paymentId(), P_STATUS, "CHARGEBACK_LOST", "CHARGEBACK_LOST");
    }
  }

  @EventHandler
  void on(RefundIssuedEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "REFUNDED", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.refundReference())
        .detail("approval " + event.approvalReference())
        .insert()) {
      add(event.paymentId(), P_REFUNDED, event.amount().cents());
      db.update(PAYMENT)
          .set(
              P_STATUS,
              DSL.when(P_REFUNDED.ge(P_AMOUNT), DSL.val("REFUNDED"))
                  .otherwise(DSL.val("PARTLY_REFUNDED")))
          .where(P_ID.eq(uuid(event.paymentId())))
          .execute();
    }
  }

  @EventHandler
  void on(AchRefundSettledEvent event, EventMessage<?> message, TrackingToken token) {
    step(message, token, event.paymentId(), "REFUND_SETTLED", event.journalEntry())
        .amount(event.amount().cents())
        .reference(event.refundReference())
        .insert();
  }

  @EventHandler
  void on(PaymentVoidedEvent event, EventMessage<?> message, TrackingToken token) {
    if (step(message, token, event.paymentId(), "VOIDED", event.journalEntry())
        .detail(event.reason())
        .insert()) {
      updatePayment(event.paymentId(), P_STATUS, "VOIDED", "VOIDED");
      db.update(EXCEPTION)
          .set(X_RESOLVED, true)
          .set(X_RESOLVED_TO, "voided")
          .where(X_KIND.eq(UNAPPLIED_PAYMENT))
          .and(X_PAYMENT.eq(uuid(event.paymentId())))
          .execute();
    }
  }

  @EventHandler
  void on(UnmatchedReturnRecordedEvent event, EventMessage<?> message, TrackingToken token) {
    db.insertInto(EXCEPTION)
        .set(X_KIND, UNMATCHED_RETURN)
        .set(X_REFERENCE, event.returnReference())
        .set(X_GLOBAL_INDEX, EventPosition.of(token))
        .set(X_RECORDED_AT, message.getTimestamp())
        .set(X_AMOUNT, event.amount().cents())
        .set(X_CURRENCY, event.amount().currency().getCurrencyCode())
        .set(X_TRACE, event.originalTraceNumber())
        .set(X_REASON_CODE, event.reasonCode())
        .set(X_RESOLVED, false)
        .onConflictDoNothing()
        .execute();
  }

  private <T> void updatePayment(PaymentId payment, Field<T> field, T value, String status) {
    db.update(PAYMENT)
        .set(field, value)
        .set(P_STATUS, status)
        .where(P_ID.eq(uuid(payment)))
        .execute();
  }

  private void add(PaymentId payment, Field<Long> field, long cents) {
    db.update(PAYMENT).set(field, field.plus(cents)).where(P_ID.eq(uuid(payment))).execute();
  }

  private StepRow step(
      EventMessage<?> message,
      TrackingToken token,
      PaymentId payment,
      String step,
      JournalEntry entry) {
    return step(message, EventPosition.of(token), payment, step, entry);
  }

  private StepRow step(
      EventMessage<?> message,
      long globalIndex,
      PaymentId payment,
      String step,
      JournalEntry entry) {
    return new StepRow(message, globalIndex, payment, step, entry);
  }

  private static UUID uuid(PaymentId payment) {
    return UUID.fromString(payment.value());
  }

  /** One step of a payment's life, inserted once per event. */
  private final class StepRow {
    private final EventMessage<?> message;
    private final long globalIndex;
    private final PaymentId payment;
    private final String step;
    private final JournalEntry entry;
    private Long amountCents;
    private String reference;
    private String reasonCode;
    private String detail;

    private StepRow(
        EventMessage<?> message,
        long globalIndex,
        PaymentId payment,
        String step,
        JournalEntry entry) {
      this.message = message;
      this.globalIndex = globalIndex;
      this.payment = payment;
      this.step = step;
      this.entry = entry;
    }

    StepRow amount(long cents) {
      this.amountCents = cents;
      return this;
    }

    StepRow reference(String reference) {
      this.reference = reference;
      return this;
    }

    StepRow reasonCode(String reasonCode) {
      this.reasonCode = reasonCode;
      return this;
    }

    StepRow detail(String detail) {
      this.detail = detail;
      return this;
    }

    /** Inserts the step; false when this event's step was already recorded. */
    boolean insert() {
      LocalDate businessDate =
          entry != null
              ? entry.businessDate()
              : message.getTimestamp().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      return db.insertInto(STEP)
              .set(S_EVENT, message.getIdentifier())
              .set(S_PAYMENT, uuid(payment))
              .set(S_GLOBAL_INDEX, globalIndex)
              .set(S_STEP, step)
              .set(S_BUSINESS_DATE, businessDate)
              .set(S_RECORDED_AT, message.getTimestamp())
              .set(S_AMOUNT, amountCents)
              .set(S_REFERENCE, reference)
              .set(S_REASON_CODE, reasonCode)
              .set(S_ENTRY, entry == null ? null : entry.entryId())
              .set(S_DETAIL, detail)
              .onConflictDoNothing()
              .execute()
          == 1;
    }
  }
}
