package org.premiumledger.cases.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ledger posted a case's money action (sent by the cases module itself). */
public record RecordActionPostedCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID actionId, String ledgerReference, Actor by) {}
