package org.premiumledger.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import org.premiumledger.ledger.api.BillingAccountId;

/** One line of a case queue. */
public record CaseSummary(
    CaseId caseId,
    String caseNumber,
    BillingAccountId billingAccountId,
    CaseKind kind,
    CaseSource source,
    CaseStatus status,
    CaseResolution resolution,
    String assigneeUserId,
    Instant openedAt,
    Instant updatedAt,
    DeadlineRule nextDeadlineRule,
    LocalDate nextDeadlineOn,
    boolean nearDeadline,
    boolean pastDeadline,
    boolean escalated,
    int actionsAwaitingApproval,
    long paidOutCents,
    int paymentCount) {}
