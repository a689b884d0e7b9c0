package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a contact with the household: channel, direction and what was said. */
public record LogContactCommand(
    @TargetAggregateIdentifier CaseId caseId,
    ContactChannel channel,
    ContactDirection direction,
    String summary,
    Actor by) {}
