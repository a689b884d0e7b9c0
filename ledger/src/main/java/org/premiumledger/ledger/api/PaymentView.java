package org.premiumledger.ledger.api;

import java.time.Instant;

/**
 * A payment and where it stands: {@code received}, {@code unapplied}, {@code settled}, {@code
 * refunded}, {@code partially-refunded}, {@code returned}, {@code charged-back}, {@code
 * chargeback-reversed} or {@code voided}.
 */
public record PaymentView(
    PaymentId paymentId,
    PaymentIdentity identity,
    BillingAccountId billingAccountId,
    Rail rail,
    Money amount,
    Instant receivedAt,
    PaymentMethod method,
    String status,
    long refundedCents) {}
