package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supervisor rejects a money action, saying why. */
public record RejectActionCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID actionId, Actor by, String reason) {}
