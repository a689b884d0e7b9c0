package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts (or, after waiting, resumes) investigating a case; this acknowledges it. */
public record StartInvestigationCommand(
    @TargetAggregateIdentifier CaseId caseId, Actor by, String why) {}
