package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one business event posts: two or more positive lines in one currency whose debits equal
 * their credits. An entry is never changed; a correction is a new entry whose {@code
 * correctsEntryId} points at the original. The constructor asserts every rule, so an unbalanced
 * entry cannot exist in memory, let alone in the event store.
 */
public record JournalEntry(
    UUID entryId,
    PostingRule rule,
    Currency currency,
    LocalDate businessDate,
    List<JournalLine> lines,
    UUID correctsEntryId) {

  public JournalEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(businessDate, "businessDate");
    lines = List.copyOf(lines);
    assertBalanced(entryId, lines);
  }

  public long debitCents() {
    return lines.stream()
        .filter(l -> l.side() == Side.DEBIT)
        .mapToLong(JournalLine::amountCents)
        .sum();
  }

  public long creditCents() {
    return lines.stream()
        .filter(l -> l.side() == Side.CREDIT)
        .mapToLong(JournalLine::amountCents)
        .sum();
  }

  /**
   * The entry that undoes this one: same lines, sides swapped (debits listed first), pointing back
   * at it.
   */
  public JournalEntry mirror(UUID mirrorEntryId, PostingRule mirrorRule, LocalDate businessDate) {
    if (correctsEntryId != null) {
      throw new LedgerInvariantViolation(
          "entry " + entryId + " is itself a correction and is never reversed");
    }
    List<JournalLine> swapped =
        lines.stream()
            .map(
                line ->
                    new JournalLine(
                        line.account(),
                        line.side() == Side.DEBIT ? Side.CREDIT : Side.DEBIT,
                        line.amountCents()))
            .sorted(java.util.Comparator.comparing(JournalLine::side))
            .toList();
    return new JournalEntry(mirrorEntryId, mirrorRule, currency, businessDate, swapped, entryId);
  }

  /** Asserted where an entry is built and again where the book reads one back. */
  public static void assertBalanced(UUID entryId, List<JournalLine> lines) {
    if (lines.size() < 2) {
      throw new LedgerInvariantViolation(
          "entry " + entryId + " has " + lines.size() + " line(s); at least two are needed");
    }
    long debits = 0;
    long credits = 0;
    for (JournalLine line : lines) {
      if (line.side() == Side.DEBIT) {
        debits = Math.addExact(debits, line.amountCents());
      } else {
        credits = Math.addExact(credits, line.amountCents());
      }
    }
    if (debits != credits) {
      throw new LedgerInvariantViolation(
          "entry " + entryId + " does not balance: debits " + debits + ", credits " + credits);
    }
  }
}
