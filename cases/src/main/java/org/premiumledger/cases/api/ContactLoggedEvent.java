package org.premiumledger.cases.api;

import java.time.Instant;

/** A contact with the household was recorded; {@code why} holds what was said. */
public record ContactLoggedEvent(
    CaseId caseId,
    ContactChannel channel,
    ContactDirection direction,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {}
