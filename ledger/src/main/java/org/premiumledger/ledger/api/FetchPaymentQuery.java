package org.premiumledger.ledger.api;

/** One payment's state for the portal; answered with an optional {@link PaymentView}. */
public record FetchPaymentQuery(PaymentId paymentId) {}
