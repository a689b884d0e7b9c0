package org.premiumledger.ledger.api;

/** The side of a journal line. */
public enum Side {
  DEBIT,
  CREDIT
}
