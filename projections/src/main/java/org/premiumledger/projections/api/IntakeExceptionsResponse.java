package org.premiumledger.projections.api;

import java.time.Instant;
import java.util.List;

/** A page of intake exceptions. {@code kind} is UNMATCHED_RETURN or UNAPPLIED_PAYMENT. */
public record IntakeExceptionsResponse(List<Item> items, String nextCursor) {

  public IntakeExceptionsResponse {
    items = List.copyOf(items);
  }

  public record Item(
      String kind,
      String reference,
      long globalIndex,
      Instant recordedAt,
      long amountCents,
      String currency,
      String paymentId,
      String traceNumber,
      String reasonCode,
      boolean resolved,
      String resolvedTo) {}
}
