package org.premiumledger.cases.api;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline came near or passed: the case is flagged for supervisors, once per standing. */
public record CaseEscalatedEvent(
    CaseId caseId,
    DeadlineRule rule,
    LocalDate dueOn,
    DeadlineStanding standing,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {}
