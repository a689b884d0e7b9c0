package org.premiumledger.projections.api;

import org.premiumledger.ledger.api.PaymentId;

/** The whole life of one payment. */
public record FetchPaymentDetailQuery(PaymentId paymentId) {}
