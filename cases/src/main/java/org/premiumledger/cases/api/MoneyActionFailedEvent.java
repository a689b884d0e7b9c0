package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;

/** The ledger refused a case's money action; it no longer counts toward the case's total. */
public record MoneyActionFailedEvent(
    CaseId caseId, UUID actionId, String ledgerRefusalCode, Instant at, Actor by, String why)
    implements CaseEvent {}
