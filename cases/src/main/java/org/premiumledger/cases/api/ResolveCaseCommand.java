package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolves a case; no money action may still await approval or the ledger. */
public record ResolveCaseCommand(
    @TargetAggregateIdentifier CaseId caseId, CaseResolution resolution, Actor by, String why) {}
