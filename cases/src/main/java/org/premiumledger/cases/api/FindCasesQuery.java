package org.premiumledger.cases.api;

import org.premiumledger.ledger.api.BillingAccountId;

/**
 * Finds cases for a queue; every filter left null (or false) matches all. Newest deadline first:
 * cases past or near their deadline lead.
 */
public record FindCasesQuery(
    CaseStatus status,
    CaseKind kind,
    String assigneeUserId,
    BillingAccountId billingAccountId,
    boolean activeOnly,
    boolean escalatedOnly,
    boolean awaitingApprovalOnly,
    int offset,
    int limit) {

  public FindCasesQuery {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException(
          "expected offset >= 0 and limit 1..500, found " + offset + " and " + limit);
    }
  }

  /** Every active case, most urgent first. */
  public static FindCasesQuery activeQueue(int limit) {
    return new FindCasesQuery(null, null, null, null, true, false, false, 0, limit);
  }
}
