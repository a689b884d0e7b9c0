package org.premiumledger.projections.api;

import java.time.LocalDate;

/**
 * What to export: business dates {@code from}..{@code to} inclusive (null: open; the trial balance
 * is taken at {@code to}), and one billing account when given ({@code history} requires it to
 * narrow, the journal and audit trail filter by it).
 */
public record ExportRequest(
    ExportKind kind, LocalDate from, LocalDate to, String billingAccountId) {}
