package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a resolved case. */
public record CloseCaseCommand(@TargetAggregateIdentifier CaseId caseId, Actor by, String why) {}
