package org.premiumledger.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;

/** A payment a case concerns, as the ledger recorded it. */
public record CasePayment(
    PaymentId paymentId, Rail rail, Money amount, Instant receivedAt, LocalDate settlementDate) {}
