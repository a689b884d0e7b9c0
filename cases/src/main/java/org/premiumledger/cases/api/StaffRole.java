package org.premiumledger.cases.api;

/** What a person (or the system) acting on a case may do; checked by the case itself. */
public enum StaffRole {
  AGENT,
  SUPERVISOR,
  /** The household, through the enrollee read view. */
  ENROLLEE,
  /** Premium Ledger itself: the duplicate detector, the ledger's reactions, the deadline watch. */
  SYSTEM
}
