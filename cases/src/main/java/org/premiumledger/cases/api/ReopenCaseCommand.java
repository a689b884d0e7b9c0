package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a resolved or closed case; it gets a new resolve deadline. */
public record ReopenCaseCommand(@TargetAggregateIdentifier CaseId caseId, Actor by, String why) {}
