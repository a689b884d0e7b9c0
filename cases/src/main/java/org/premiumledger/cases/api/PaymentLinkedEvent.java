package org.premiumledger.cases.api;

import java.time.Instant;

/** One more payment was linked to a case. */
public record PaymentLinkedEvent(
    CaseId caseId, CasePayment payment, Instant at, Actor by, String why) implements CaseEvent {}
