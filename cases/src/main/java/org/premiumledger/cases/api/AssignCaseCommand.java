package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a case to a staff member (an agent takes it, a supervisor reassigns it). */
public record AssignCaseCommand(
    @TargetAggregateIdentifier CaseId caseId, String assigneeUserId, Actor by, String why) {}
