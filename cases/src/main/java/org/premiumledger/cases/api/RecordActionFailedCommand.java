package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ledger refused a case's money action (sent by the cases module itself). */
public record RecordActionFailedCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID actionId,
    String ledgerRefusalCode,
    String message,
    Actor by) {}
