package org.premiumledger.cases.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The deadline watch found a deadline near or past on {@code today}; the case escalates it to
 * supervisors once per deadline and standing, however often it is told.
 */
public record FlagDeadlineCommand(
    @TargetAggregateIdentifier CaseId caseId, DeadlineRule rule, LocalDate today, Actor by) {}
