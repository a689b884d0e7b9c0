package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A refund, correction or write-off was asked for. {@code caseTotalPaidOutCents} counts every
 * action of the case not rejected or failed, this one included; it decided whether a supervisor
 * must approve.
 */
public record MoneyActionRequestedEvent(
    CaseId caseId,
    UUID actionId,
    MoneyAction action,
    long caseTotalPaidOutCents,
    boolean approvalRequired,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {}
