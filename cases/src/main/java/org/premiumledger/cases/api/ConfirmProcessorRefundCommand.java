package org.premiumledger.cases.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The processor's report confirms a card, wallet or third-party refund that the case asked of it;
 * only then does the ledger post it. Confirming again changes nothing.
 */
public record ConfirmProcessorRefundCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID actionId,
    String processorReference,
    LocalDate refundedOn,
    Actor by) {}
