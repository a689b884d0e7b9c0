package org.premiumledger.projections.journal;

import static org.premiumledger.projections.journal.JournalTables.*;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.JournalPosting;
import org.premiumledger.ledger.api.Side;
import org.premiumledger.projections.platform.EventPosition;
import org.springframework.stereotype.Component;

/**
 * The journal as the events carry it: each entry with its lines, keyed by the entry id, so a second
 * delivery writes nothing. Balances are summed from the lines when asked, so segments never contend
 * for a shared running total.
 */
@Component
@ProcessingGroup("projection-journal")
class JournalProjection {

  private final DSLContext db;

  JournalProjection(DSLContext db) {
    this.db = db;
  }

  @EventHandler
  void on(JournalPosting posting, EventMessage<?> message, TrackingToken token) {
    JournalEntry entry = posting.journalEntry();
    if (entry == null) {
      return;
    }

    JournalEntry.assertBalanced(entry.entryId(), entry.lines());
    long globalIndex = EventPosition.of(token);
    BillingAccountId account = posting.billingAccountId();
    int inserted =
        db.insertInto(ENTRY)
            .set(E_ID, entry.entryId())
            .set(E_GLOBAL_INDEX, globalIndex)
            .set(E_EVENT, message.getIdentifier())
            .set(E_RULE, entry.rule().name())
            .set(E_CURRENCY, entry.currency().getCurrencyCode())
            .set(E_BUSINESS_DATE, entry.businessDate())
            .set(E_RECORDED_AT, message.getTimestamp())
            .set(E_ACCOUNT, account == null ? null : account.value())
            .set(E_CORRECTS, entry.correctsEntryId())
            .set(E_AMOUNT, entry.debitCents())
            .onConflictDoNothing()
            .execute();
    if (inserted == 0) {
      return;
    }

    InsertValuesStep9<
            ?,
            java.util.UUID,
            Integer,
            Long,
            java.time.LocalDate,
            String,
            String,
            String,
            String,
            Long>
        lines =
            db.insertInto(
                LINE,
                L_ENTRY,
                L_NUMBER,
                L_GLOBAL_INDEX,
                L_BUSINESS_DATE,
                L_ACCOUNT,
                L_FAMILY,
                L_TYPE,
                L_SIDE,
                L_AMOUNT);
    for (int i = 0; i < entry.lines().size(); i++) {
      JournalLine line = entry.lines().get(i);
      lines =
          lines.values(
              entry.entryId(),
              i + 1,
              globalIndex,
              entry.businessDate(),
              line.account().code(),
              line.account().family(),
              line.account().type().name(),
              line.side() == Side.DEBIT ? "D" : "C",
              line.amountCents());
    }
    lines.execute();
  }
}
