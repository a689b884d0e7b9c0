package org.premiumledger.app.workbench.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the journal as the auditor's view shows it; {@code debitCents} or {@code creditCents}
 * is 0.
 */
public record JournalLineRow(
    UUID entryId,
    int lineNumber,
    LocalDate businessDate,
    String postingRule,
    String accountCode,
    long debitCents,
    long creditCents,
    String currency,
    String billingAccountId) {}
