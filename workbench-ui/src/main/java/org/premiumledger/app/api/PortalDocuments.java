package org.premiumledger.app.api;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON documents of the portal's API; field names are the contract (see docs/readme). */
final class PortalDocuments {

  private PortalDocuments() {}

  /** {@code PUT /api/v1/accounts/{id}}: the enrollment file's fields, amounts in cents. */
  record AccountRequest(
      String subscriberName,
      String language,
      String email,
      String phone,
      String notificationChannel,
      String issuerId,
      String planId,
      LocalDate coverageStart,
      LocalDate coverageEnd,
      LocalDate effectiveDate,
      String state,
      Long grossPremiumCents,
      Long aptcCents) {}

  /** An account's state: the request's fields, the net premium and the balance owed. */
  record AccountResponse(
      String billingAccountId,
      String subscriberName,
      String language,
      String email,
      String phone,
      String notificationChannel,
      String issuerId,
      String planId,
      LocalDate coverageStart,
      LocalDate coverageEnd,
      LocalDate effectiveDate,
      String state,
      long grossPremiumCents,
      long aptcCents,
      long netPremiumCents,
      String currency,
      long balanceCents) {}

  /** How the household paid, masked: never a card number. */
  record Method(String brand, String last4, Integer expiryMonth, Integer expiryYear) {}

  /** {@code POST /api/v1/payments}. */
  record PaymentRequest(
      String billingAccountId,
      Long amountCents,
      String currency,
      String rail,
      String processorReference,
      Method method,
      Instant receivedAt) {}

  /** A payment's state. */
  record PaymentResponse(
      String paymentId,
      String billingAccountId,
      long amountCents,
      String currency,
      String rail,
      String processorReference,
      Method method,
      Instant receivedAt,
      String status,
      long refundedCents,
      boolean repeatedDelivery) {}
}
