package org.premiumledger.projections.api;

import java.time.Instant;

/**
 * Searches payments for the workbench. Every criterion is optional and they combine with AND:
 * household name (part of it, any case), billing account id, payment reference (exact), ACH trace
 * number (exact), card last four, amount in cents (exact), received from (inclusive) to
 * (exclusive). Paged by keyset: {@code after} is the previous page's {@code nextCursor}.
 */
public record FindPaymentsQuery(
    String householdName,
    String billingAccountId,
    String paymentReference,
    String achTraceNumber,
    String cardLast4,
    Long amountCents,
    Instant receivedFrom,
    Instant receivedTo,
    PaymentSort sort,
    int pageSize,
    String after) {

  public static FindPaymentsQuery byAccount(String billingAccountId, int pageSize) {
    return new FindPaymentsQuery(
        null,
        billingAccountId,
        null,
        null,
        null,
        null,
        null,
        null,
        PaymentSort.NEWEST_FIRST,
        pageSize,
        null);
  }
}
