package org.premiumledger.ledger.api;

/** Asks the book to check every invariant of the ledger. */
public record FetchLedgerCheckQuery() {}
