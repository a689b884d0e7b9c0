package org.premiumledger.ledger.api;

/**
 * The answer to recording a payment: its id, and whether this delivery was a repeat of one already
 * recorded.
 */
public record PaymentRecordedResponse(PaymentId paymentId, boolean repeatedDelivery) {}
