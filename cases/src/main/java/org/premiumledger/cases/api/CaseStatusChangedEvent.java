package org.premiumledger.cases.api;

import java.time.Instant;

/** A case moved between open, investigating and waiting. */
public record CaseStatusChangedEvent(
    CaseId caseId, CaseStatus from, CaseStatus to, Instant at, Actor by, String why)
    implements CaseEvent {}
