package org.premiumledger.cases.api;

/** How a case ended. */
public enum CaseResolution {
  REFUNDED,
  REVERSED,
  CORRECTED,
  DENIED,
  WITHDRAWN
}
