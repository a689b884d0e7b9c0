package org.premiumledger.cases.api;

import java.time.Instant;

/** A resolved case was closed. */
public record CaseClosedEvent(CaseId caseId, Instant at, Actor by, String why)
    implements CaseEvent {}
