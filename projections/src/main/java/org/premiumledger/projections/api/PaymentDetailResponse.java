package org.premiumledger.projections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment with every step of its life in order, each with the journal entry it posted. {@code
 * found} is false (and the rest null or empty) when no such payment is projected.
 */
public record PaymentDetailResponse(boolean found, Payment payment, List<Step> steps) {

  public PaymentDetailResponse {
    steps = List.copyOf(steps);
  }

  public static PaymentDetailResponse notFound() {
    return new PaymentDetailResponse(false, null, List.of());
  }

  /**
   * The payment as it stands. {@code status}: RECEIVED, UNAPPLIED, SETTLED, RETURNED,
   * CHARGEBACK_OPEN, CHARGEBACK_WON, CHARGEBACK_LOST, REFUNDED, PARTLY_REFUNDED or VOIDED.
   */
  public record Payment(
      String paymentId,
      String billingAccountId,
      String identitySource,
      String identityReference,
      String rail,
      long amountCents,
      String currency,
      Instant receivedAt,
      LocalDate settlementDate,
      String methodBrand,
      String methodLast4,
      String status,
      LocalDate settledOn,
      long refundedCents,
      long chargedBackCents,
      long feesCents,
      boolean recoveryRequired) {}

  /**
   * One step: RECEIVED, APPLIED, SETTLED, FEE, RETURNED, CHARGEBACK_OPENED, CHARGEBACK_WON,
   * CHARGEBACK_LOST, REFUNDED, REFUND_SETTLED or VOIDED.
   */
  public record Step(
      long globalIndex,
      String step,
      LocalDate businessDate,
      Instant recordedAt,
      Long amountCents,
      String reference,
      String reasonCode,
      String journalEntryId,
      String detail) {}
}
