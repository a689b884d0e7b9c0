package org.premiumledger.ledger.book;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.JournalPosting;
import org.premiumledger.ledger.api.Side;
import org.premiumledger.ledger.platform.AxonConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes each event's journal entry into the book, in the transaction that appends the event: an
 * entry is in the book exactly when its event is in the store. A failure here rolls the command
 * back (the processing group propagates errors).
 */
@Component
@ProcessingGroup(AxonConfiguration.LEDGER_BOOK)
class JournalWriter {

  private final JdbcTemplate jdbc;

  JournalWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(JournalPosting posting, EventMessage<?> message) {
    JournalEntry entry = posting.journalEntry();
    if (entry == null) {
      return;
    }

    JournalEntry.assertBalanced(entry.entryId(), entry.lines());
    BillingAccountId account = posting.billingAccountId();
    jdbc.update(
        """
        insert into journal_entry (entry_id, event_identifier, posting_rule, currency,
            business_date, recorded_at, billing_account_id, corrects_entry_id, debit_cents,
            credit_cents)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        entry.entryId(),
        message.getIdentifier(),
        entry.rule().name(),
        entry.currency().getCurrencyCode(),
        entry.businessDate(),
        Timestamp.from(message.getTimestamp()),
        account == null ? null : account.value(),
        entry.correctsEntryId(),
        entry.debitCents(),
        entry.creditCents());

    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < entry.lines().size(); i++) {
      JournalLine line = entry.lines().get(i);
      lines.add(
          new Object[] {
            entry.entryId(),
            i + 1,
            line.account().code(),
            line.account().family(),
            line.side() == Side.DEBIT ? "D" : "C",
            line.amountCents()
          });
    }
    jdbc.batchUpdate(
        """
        insert into journal_line (entry_id, line_number, account_code, account_family, side,
            amount_cents)
        values (?, ?, ?, ?, ?, ?)
        """,
        lines);
  }
}
