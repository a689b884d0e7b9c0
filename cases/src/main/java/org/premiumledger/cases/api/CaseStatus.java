package org.premiumledger.cases.api;

/** Where a case stands: open, investigating, waiting, resolved, closed. */
public enum CaseStatus {
  OPEN,
  INVESTIGATING,
  WAITING_ON_ENROLLEE,
  WAITING_ON_PROCESSOR,
  RESOLVED,
  CLOSED;

  public boolean isActive() {
    return this != RESOLVED && this != CLOSED;
  }
}
