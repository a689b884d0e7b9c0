package org.premiumledger.ledger.intake.nacha;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.premiumledger.ledger.api.AchExceptionRecordedEvent;
import org.premiumledger.ledger.api.BankAccountRecordedEvent;
import org.premiumledger.ledger.api.BankDetailsChangedEvent;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.EncryptedBankAccount;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RefundIssuedEvent;
import org.premiumledger.ledger.api.UnmatchedReturnRecordedEvent;
import org.premiumledger.ledger.platform.AxonConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What NACHA intake and origination must know at once, kept in the command's transaction: the bank
 * account on file, the ACH refunds waiting to be sent, and the returns already dealt with outside a
 * payment.
 */
@Component
@ProcessingGroup(AxonConfiguration.LEDGER_BOOK)
class NachaBook {

  private final JdbcTemplate jdbc;

  NachaBook(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BankAccountRecordedEvent event, EventMessage<?> message) {
    keepOnFile(event.billingAccountId(), event.account(), message);
  }

  @EventHandler
  void on(BankDetailsChangedEvent event, EventMessage<?> message) {
    keepOnFile(event.billingAccountId(), event.account(), message);
  }

  @EventHandler
  void on(RefundIssuedEvent event, EventMessage<?> message) {
    if (event.rail() != Rail.ACH) {
      return;
    }
    jdbc.update(
        """
        insert into nacha_refund_to_originate (refund_reference, payment_id, billing_account_id,
            amount_cents, currency, issued_at)
        values (?, ?::uuid, ?, ?, ?, ?)
        """,
        event.refundReference(),
        event.paymentId().value(),
        event.billingAccountId() == null ? null : event.billingAccountId().value(),
        event.amount().cents(),
        event.amount().currency().getCurrencyCode(),
        Timestamp.from(message.getTimestamp()));
  }

  @EventHandler
  void on(UnmatchedReturnRecordedEvent event, EventMessage<?> message) {
    recordOutcome(event.returnReference(), "UNMATCHED", message);
  }

  @EventHandler
  void on(AchExceptionRecordedEvent event, EventMessage<?> message) {
    recordOutcome(event.traceNumber(), event.kind().name(), message);
  }

  private void recordOutcome(String trace, String outcome, EventMessage<?> message) {
    jdbc.update(
        """
        insert into nacha_return_outcome (trace_number, outcome, recorded_at)
        values (?, ?, ?)
        on conflict (trace_number) do nothing
        """,
        trace,
        outcome,
        Timestamp.from(message.getTimestamp()));
  }

  private void keepOnFile(
      BillingAccountId billingAccountId, EncryptedBankAccount account, EventMessage<?> message) {
    jdbc.update(
        """
        insert into nacha_bank_account_on_file (billing_account_id, sealed_account, fingerprint,
            account_last4, account_type, updated_at)
        values (?, ?, ?, ?, ?, ?)
        on conflict (billing_account_id) do update
           set sealed_account = excluded.sealed_account,
               fingerprint = excluded.fingerprint,
               account_last4 = excluded.account_last4,
               account_type = excluded.account_type,
               updated_at = excluded.updated_at
        """,
        billingAccountId.value(),
        account.sealed(),
        account.fingerprint(),
        account.accountLast4(),
        account.accountType(),
        Timestamp.from(message.getTimestamp()));
  }
}
