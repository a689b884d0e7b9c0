package org.premiumledger.ledger.api;

/** Who bears a written-off premium: the issuer (uncollectible) or the exchange (its own error). */
public enum WriteOffBearer {
  ISSUER,
  EXCHANGE
}
