package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supervisor approves a money action someone else asked for. */
public record ApproveActionCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID actionId, Actor by, String why) {}
