package org.premiumledger.cases.api;

import java.time.Instant;

/** A case was given to a staff member. */
public record CaseAssignedEvent(
    CaseId caseId, String assigneeUserId, Instant at, Actor by, String why) implements CaseEvent {}
