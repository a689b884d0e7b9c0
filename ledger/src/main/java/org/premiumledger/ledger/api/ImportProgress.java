package org.premiumledger.ledger.api;

/**
 * How many of a running import's entries are posted, of how many; both 0 while the file is read and
 * checked, or when no import of it is running.
 */
public record ImportProgress(long postedOrSkipped, long total) {}
