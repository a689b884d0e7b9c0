package org.premiumledger.projections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of a billing account's history. {@code balanceAfterCents} is what the household owes after
 * the line (debit raises it; negative is a credit balance). {@code nextCursor} is null on the last
 * page.
 */
public record PaymentHistoryResponse(List<Line> lines, String nextCursor) {

  public PaymentHistoryResponse {
    lines = List.copyOf(lines);
  }

  public record Line(
      long globalIndex,
      Instant recordedAt,
      LocalDate businessDate,
      String postingRule,
      String entryId,
      String paymentId,
      String reference,
      String reasonCode,
      long debitCents,
      long creditCents,
      long balanceAfterCents) {}
}
