package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An agent finds that the payments the duplicate detector linked were meant (two months paid at
 * once, say): the case is resolved as denied and the detector never raises those pairs again.
 */
public record DismissDetectionCommand(
    @TargetAggregateIdentifier CaseId caseId, Actor by, String reason) {}
