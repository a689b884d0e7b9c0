package org.premiumledger.projections.api;

import java.time.Instant;
import java.util.List;

/** A page of payment search results; {@code nextCursor} is null on the last page. */
public record FindPaymentsResponse(List<Hit> hits, String nextCursor) {

  public FindPaymentsResponse {
    hits = List.copyOf(hits);
  }

  public record Hit(
      String paymentId,
      String billingAccountId,
      String householdName,
      String identitySource,
      String identityReference,
      String rail,
      long amountCents,
      String currency,
      Instant receivedAt,
      String methodBrand,
      String methodLast4,
      String status) {}
}
