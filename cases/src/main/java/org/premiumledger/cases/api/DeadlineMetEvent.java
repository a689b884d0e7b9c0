package org.premiumledger.cases.api;

import java.time.Instant;

/** A deadline of the case was met (acknowledged, or resolved in time or late). */
public record DeadlineMetEvent(
    CaseId caseId, DeadlineRule rule, boolean onTime, Instant at, Actor by, String why)
    implements CaseEvent {}
