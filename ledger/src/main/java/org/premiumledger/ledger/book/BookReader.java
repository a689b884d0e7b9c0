package org.premiumledger.ledger.book;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.PaymentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the ledger's command handlers read from the book. Reads run in the command's transaction, so
 * they see every entry committed before it.
 */
@Component
public class BookReader {

  private final JdbcTemplate jdbc;

  BookReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Currency> currencyOf(BillingAccountId account) {
    List<String> codes =
        jdbc.queryForList(
            "select currency from ledger_billing_account where billing_account_id = ?",
            String.class,
            account.value());
    return codes.stream().findFirst().map(Currency::getInstance);
  }

  public List<BillingAccountId> billingAccounts() {
    return jdbc
        .queryForList(
            "select billing_account_id from ledger_billing_account order by billing_account_id",
            String.class)
        .stream()
        .map(BillingAccountId::new)
        .toList();
  }

  /**
   * Everything that reduced (positive) or raised (negative) what the household owes, other than the
   * bills themselves: payments, returns, chargebacks lost, refunds, voids, write-offs. Ordered by
   * business date.
   */
  public List<ReceivableMovement> paymentMovements(BillingAccountId account) {
    return jdbc.query(
        """
        select e.business_date,
               sum(case when l.side = 'C' then l.amount_cents else -l.amount_cents end) as cents
          from journal_line l
          join journal_entry e on e.entry_id = l.entry_id
         where l.account_code = ?
           and e.posting_rule not in ('PREMIUM_BILLED', 'BILL_ADJUSTED', 'BILL_CANCELLED')
         group by e.business_date
         order by e.business_date
        """,
        (row, i) -> new ReceivableMovement(row.getObject(1, LocalDate.class), row.getLong(2)),
        LedgerAccount.receivable(account).code());
  }

  /** Debit minus credit of the household's receivable account. */
  public long receivableBalanceCents(BillingAccountId account) {
    Long balance =
        jdbc.queryForObject(
            """
            select coalesce(sum(case when side = 'D' then amount_cents else -amount_cents end), 0)
              from journal_line
             where account_code = ?
            """,
            Long.class,
            LedgerAccount.receivable(account).code());
    return balance == null ? 0 : balance;
  }

  /** ACH debits whose settlement date has come and that have not settled or been returned. */
  public List<PaymentId> achPaymentsDueForSettlement(LocalDate today, int limit) {
    return jdbc
        .queryForList(
            """
            select payment_id::text from ledger_payment
             where awaiting_settlement and settlement_date <= ?
             order by settlement_date, payment_id
             limit ?
            """,
            String.class,
            today,
            limit)
        .stream()
        .map(PaymentId::new)
        .toList();
  }

  /** A change to what the household owes on one business date; positive reduces it. */
  public record ReceivableMovement(LocalDate businessDate, long paidCents) {}
}
