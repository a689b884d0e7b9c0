package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the household for more information and waits for it; {@code informationNeeded} is what the
 * household is told, in plain words.
 */
public record AwaitEnrolleeCommand(
    @TargetAggregateIdentifier CaseId caseId, String informationNeeded, Actor by) {}
