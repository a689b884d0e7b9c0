package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a refund, correction or write-off. Below the approval threshold (the case's total paid
 * out including this action) an agent's request is authorized at once; at or above it, or for a
 * correction, a supervisor other than the requester must approve. Sending it again with the same
 * action id and action changes nothing.
 */
public record RequestMoneyActionCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID actionId,
    MoneyAction action,
    Actor by,
    String why) {}
