package org.premiumledger.cases.api;

/**
 * Card, wallet and third-party refunds asked of the processor and not yet confirmed by its report,
 * oldest first: what the processor integration sends.
 */
public record FindPendingProcessorRefundsQuery(int limit) {}
