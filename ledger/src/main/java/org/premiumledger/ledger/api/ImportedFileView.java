package org.premiumledger.ledger.api;

import java.time.Instant;

/** One imported file: what it was, who imported it, and what it did. */
public record ImportedFileView(
    String sha256,
    String fileName,
    String format,
    String importedBy,
    Instant importedAt,
    int entries,
    long debitCents,
    long creditCents,
    int posted,
    int alreadyPresent,
    int sentToExceptions) {}
