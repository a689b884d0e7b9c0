package org.premiumledger.cases.detection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.dispute.CaseRules;
import org.premiumledger.cases.dispute.PaymentLookup;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.Rail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The payments the cases module has seen, kept by the intake processor from the ledger's events.
 * Writes are keyed by payment id, so a replay writes nothing twice.
 */
@Component
class PaymentDirectory implements PaymentLookup {

  private final JdbcTemplate jdbc;
  private final CaseRules rules;

  PaymentDirectory(JdbcTemplate jdbc, CaseRules rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  @Override
  public Optional<KnownPayment> find(PaymentId paymentId) {
    return jdbc
        .query(
            """
            select payment_id, billing_account_id, rail, amount_cents, currency, received_at,
                   settlement_date
              from case_payment_directory
             where payment_id = ?
            """,
            (row, rowNumber) -> known(row),
            UUID.fromString(paymentId.value()))
        .stream()
        .findFirst();
  }

  void record(PaymentReceivedEvent event) {
    jdbc.update(
        """
        insert into case_payment_directory
               (payment_id, billing_account_id, rail, amount_cents, currency, received_at,
                received_on, settlement_date)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (payment_id) do nothing
        """,
        UUID.fromString(event.paymentId().value()),
        event.billingAccountId() == null ? null : event.billingAccountId().value(),
        event.rail().code(),
        event.amount().cents(),
        event.amount().currency().getCurrencyCode(),
        Timestamp.from(event.receivedAt()),
        rules.businessDate(event.receivedAt()),
        event.settlementDate());
  }

  void applied(PaymentId paymentId, BillingAccountId account) {
    jdbc.update(
        "update case_payment_directory set billing_account_id = ? where payment_id = ?",
        account.value(),
        UUID.fromString(paymentId.value()));
  }

  void voided(PaymentId paymentId) {
    jdbc.update(
        "update case_payment_directory set voided = true where payment_id = ?",
        UUID.fromString(paymentId.value()));
  }

  /**
   * Other payments of the same account, amount and currency, not voided, received in the same
   * calendar month (the same billing cycle: the bill for month M is issued and due in M-1) or
   * within {@code window} of this one.
   */
  List<PaymentId> suspectedDuplicatesOf(PaymentId paymentId, Duration window) {
    return jdbc.query(
        """
        select other.payment_id
          from case_payment_directory this
          join case_payment_directory other
            on other.billing_account_id = this.billing_account_id
           and other.amount_cents = this.amount_cents
           and other.currency = this.currency
           and other.payment_id <> this.payment_id
         where this.payment_id = ?
           and this.billing_account_id is not null
           and not this.voided
           and not other.voided
           and (date_trunc('month', other.received_on) = date_trunc('month', this.received_on)
                or abs(extract(epoch from other.received_at - this.received_at)) <= ?)
         order by other.received_at, other.payment_id
        """,
        (row, rowNumber) -> PaymentId.of(row.getString("payment_id")),
        UUID.fromString(paymentId.value()),
        window.toSeconds());
  }

  Optional<BillingAccountId> accountOf(PaymentId paymentId) {
    return find(paymentId).map(KnownPayment::billingAccountId);
  }

  private static KnownPayment known(ResultSet row) throws SQLException {
    String account = row.getString("billing_account_id");
    LocalDate settlementDate = row.getObject("settlement_date", LocalDate.class);
    Instant receivedAt = row.getTimestamp("received_at").toInstant();
    CasePayment payment =
        new CasePayment(
            PaymentId.of(row.getString("payment_id")),
            Rail.fromCode(row.getString("rail")),
            new Money(row.getLong("amount_cents"), Currency.getInstance(row.getString("currency"))),
            receivedAt,
            settlementDate);
    return new KnownPayment(payment, account == null ? null : BillingAccountId.of(account));
  }
}
