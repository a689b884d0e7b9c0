package org.premiumledger.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Leaves an ACH entry that was refused by name for staff; recorded once per entry trace number.
 * Posts nothing: the money question is for staff to settle.
 */
public record RecordAchExceptionCommand(
    @TargetAggregateIdentifier String achExceptionId,
    String traceNumber,
    String originalTraceNumber,
    AchExceptionKind kind,
    String reasonCode,
    Money amount,
    String detail) {

  public RecordAchExceptionCommand(
      String traceNumber,
      String originalTraceNumber,
      AchExceptionKind kind,
      String reasonCode,
      Money amount,
      String detail) {
    this(
        "ach-exception:" + traceNumber,
        traceNumber,
        originalTraceNumber,
        kind,
        reasonCode,
        amount,
        detail);
  }
}
