package org.premiumledger.projections.api;

import java.time.LocalDate;

/**
 * Journal entries with their lines whose business date is within {@code from}..{@code to}
 * (inclusive; null means open), touching {@code accountCode} when given (a full code such as {@code
 * clearing:ach}, or a family such as {@code receivable:enrollee}), in posting order.
 */
public record FetchJournalQuery(
    LocalDate from, LocalDate to, String accountCode, int pageSize, String after) {}
