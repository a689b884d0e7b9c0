package org.premiumledger.projections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A page of journal entries, in posting order; {@code nextCursor} is null on the last page. */
public record JournalResponse(List<Entry> entries, String nextCursor) {

  public JournalResponse {
    entries = List.copyOf(entries);
  }

  public record Entry(
      String entryId,
      long globalIndex,
      String postingRule,
      String currency,
      LocalDate businessDate,
      Instant recordedAt,
      String billingAccountId,
      String correctsEntryId,
      long amountCents,
      List<Line> lines) {

    public Entry {
      lines = List.copyOf(lines);
    }
  }

  /** One line; {@code side} is D or C. */
  public record Line(int lineNumber, String accountCode, String side, long amountCents) {}
}
