package org.premiumledger.cases.api;

import java.time.Instant;

/** A resolved or closed case was reopened with a new resolve deadline. */
public record CaseReopenedEvent(
    CaseId caseId, CaseDeadline resolveDeadline, Instant at, Actor by, String why)
    implements CaseEvent {}
