package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Waits for the card, wallet or third-party processor (or the bank). */
public record AwaitProcessorCommand(
    @TargetAggregateIdentifier CaseId caseId, Actor by, String why) {}
