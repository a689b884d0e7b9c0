package org.premiumledger.cases.api;

import java.time.Instant;

/** A case was resolved. */
public record CaseResolvedEvent(
    CaseId caseId, CaseResolution resolution, Instant at, Actor by, String why)
    implements CaseEvent {}
