package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;

/** A refund to ask of a processor, quoting our reference so that its report can confirm it. */
public record ProcessorRefundRequest(
    UUID actionId,
    CaseId caseId,
    PaymentId paymentId,
    Rail rail,
    Money amount,
    String refundReference,
    Instant requestedAt) {}
