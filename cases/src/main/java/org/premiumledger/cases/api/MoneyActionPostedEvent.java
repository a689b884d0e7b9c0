package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;
import org.premiumledger.ledger.api.Rail;

/** The ledger posted a case's money action. */
public record MoneyActionPostedEvent(
    CaseId caseId,
    UUID actionId,
    MoneyAction action,
    Rail rail,
    String ledgerReference,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {}
