package org.premiumledger.ledger.api;

/** The type of a ledger account, which decides the side on which its balance is normal. */
public enum AccountType {
  ASSET,
  LIABILITY,
  EXPENSE
}
