package org.premiumledger.projections.history;

import static org.premiumledger.projections.history.HistoryTables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.JournalPosting;
import org.premiumledger.projections.platform.EventDescription;
import org.premiumledger.projections.platform.EventPosition;
import org.springframework.stereotype.Component;

/**
 * The history of each household's receivable: one line per event that posted to {@code
 * receivable:enrollee:{account}}, with the balance after it (debits raise what is owed). The
 * processor sends all of an account's events to one segment in store order (see {@code
 * BillingAccountSequencing}), so the balance after each line is the previous line's plus this one.
 */
@Component
@ProcessingGroup("projection-history")
class AccountHistoryProjection {

  private static final String RECEIVABLE = "receivable:enrollee:";
  private final DSLContext db;

  AccountHistoryProjection(DSLContext db) {
    this.db = db;
  }

  @EventHandler
  void on(JournalPosting posting, EventMessage<?> message, TrackingToken token) {
    JournalEntry entry = posting.journalEntry();
    if (entry == null) {
      return;
    }

    long globalIndex = EventPosition.of(token);
    EventDescription description = EventDescription.of(posting);
    for (Map.Entry<String, long[]> account : receivableMovements(entry).entrySet()) {
      record(account.getKey(), globalIndex, message, entry, description, account.getValue());
    }
  }

  /** Debits and credits per household receivable the entry touches, in line order. */
  private static Map<String, long[]> receivableMovements(JournalEntry entry) {
    Map<String, long[]> movements = new LinkedHashMap<>();
    for (JournalLine line : entry.lines()) {
      String code = line.account().code();
      if (code.startsWith(RECEIVABLE)) {
        long[] debitCredit =
            movements.computeIfAbsent(code.substring(RECEIVABLE.length()), k -> new long[2]);
        debitCredit[line.signedCents() > 0 ? 0 : 1] += line.amountCents();
      }
    }
    return movements;
  }

  private void record(
      String account,
      long globalIndex,
      EventMessage<?> message,
      JournalEntry entry,
      EventDescription description,
      long[] debitCredit) {
    boolean alreadyRecorded =
        db.fetchExists(HISTORY, H_ACCOUNT.eq(account).and(H_GLOBAL_INDEX.eq(globalIndex)));
    if (alreadyRecorded) {
      return;
    }

    Long previous =
        db.select(H_BALANCE_AFTER)
            .from(HISTORY)
            .where(H_ACCOUNT.eq(account))
            .and(H_GLOBAL_INDEX.lt(globalIndex))
            .orderBy(H_GLOBAL_INDEX.desc())
            .limit(1)
            .fetchOne(H_BALANCE_AFTER);
    long balanceAfter = (previous == null ? 0 : previous) + debitCredit[0] - debitCredit[1];

    db.insertInto(HISTORY)
        .set(H_ACCOUNT, account)
        .set(H_GLOBAL_INDEX, globalIndex)
        .set(H_EVENT, message.getIdentifier())
        .set(H_RECORDED_AT, message.getTimestamp())
        .set(H_BUSINESS_DATE, entry.businessDate())
        .set(H_RULE, entry.rule().name())
        .set(H_ENTRY, entry.entryId())
        .set(
            H_PAYMENT,
            description.paymentId() == null ? null : UUID.fromString(description.paymentId()))
        .set(H_REFERENCE, description.reference())
        .set(H_REASON_CODE, description.reasonCode())
        .set(H_DEBIT, debitCredit[0])
        .set(H_CREDIT, debitCredit[1])
        .set(H_BALANCE_AFTER, balanceAfter)
        .execute();
    db.update(ACCOUNT).set(A_BALANCE, balanceAfter).where(A_ID.eq(account)).execute();
  }
}
