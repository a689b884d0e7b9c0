package org.premiumledger.projections.api;

import java.time.LocalDate;

/**
 * What to export: business dates {@code from}..{@code to} inclusive (null: open; the trial balance
 * is taken at the end of {@code to}; the audit trail takes them as days in the exchange's zone),
 * and one billing account when given (the journal, history and audit trail filter by it; the trial
 * balance refuses it).
 */
public record ExportRequest(
    ExportKind kind, LocalDate from, LocalDate to, String billingAccountId) {}
