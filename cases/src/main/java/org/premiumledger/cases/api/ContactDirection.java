package org.premiumledger.cases.api;

/** Whether the household reached us or we reached them. */
public enum ContactDirection {
  INBOUND,
  OUTBOUND
}
