package org.premiumledger.ledger.book;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.premiumledger.ledger.api.AchPaymentSettledEvent;
import org.premiumledger.ledger.api.BillingAccountOpenedEvent;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.UnappliedPaymentAppliedEvent;
import org.premiumledger.ledger.platform.AxonConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps, in the command's transaction, what the ledger's own commands must know at once: which
 * billing accounts exist, which payment identities are taken (a unique constraint) and which ACH
 * debits await settlement.
 */
@Component
@ProcessingGroup(AxonConfiguration.LEDGER_BOOK)
class LedgerDirectory {

  private final JdbcTemplate jdbc;

  LedgerDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BillingAccountOpenedEvent event, EventMessage<?> message) {
    jdbc.update(
        "insert into ledger_billing_account (billing_account_id, currency, opened_at)"
            + " values (?, ?, ?)",
        event.billingAccountId().value(),
        event.currency().getCurrencyCode(),
        Timestamp.from(message.getTimestamp()));
  }

  @EventHandler
  void on(PaymentReceivedEvent event) {
    jdbc.update(
        """
        insert into ledger_payment (payment_id, identity_key, billing_account_id, rail,
            amount_cents, currency, received_at, settlement_date, awaiting_settlement)
        values (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        event.paymentId().value(),
        event.identity().key(),
        event.billingAccountId() == null ? null : event.billingAccountId().value(),
        event.rail().code(),
        event.amount().cents(),
        event.amount().currency().getCurrencyCode(),
        Timestamp.from(event.receivedAt()),
        event.settlementDate(),
        event.rail() == Rail.ACH);
  }

  @EventHandler
  void on(UnappliedPaymentAppliedEvent event) {
    jdbc.update(
        "update ledger_payment set billing_account_id = ? where payment_id = ?::uuid",
        event.billingAccountId().value(),
        event.paymentId().value());
  }

  @EventHandler
  void on(AchPaymentSettledEvent event) {
    stopAwaitingSettlement(event.paymentId().value());
  }

  @EventHandler
  void on(PaymentReturnedEvent event) {
    stopAwaitingSettlement(event.paymentId().value());
  }

  @EventHandler
  void on(PaymentVoidedEvent event) {
    stopAwaitingSettlement(event.paymentId().value());
  }

  private void stopAwaitingSettlement(String paymentId) {
    jdbc.update(
        "update ledger_payment set awaiting_settlement = false where payment_id = ?::uuid",
        paymentId);
  }
}
