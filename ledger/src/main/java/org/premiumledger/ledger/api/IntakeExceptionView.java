package org.premiumledger.ledger.api;

import java.time.Instant;

/** One item of an imported file that waits for staff, with where it came from and why. */
public record IntakeExceptionView(
    long exceptionId,
    String format,
    String fileName,
    int line,
    String kind,
    Money amount,
    String reason,
    Instant recordedAt,
    boolean resolved) {}
