package org.premiumledger.ledger.api;

/** An ACH entry was refused by name and waits for staff; nothing was posted. */
public record AchExceptionRecordedEvent(
    String traceNumber,
    String originalTraceNumber,
    AchExceptionKind kind,
    String reasonCode,
    Money amount,
    String detail) {}
