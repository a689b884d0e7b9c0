package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.List;
import org.premiumledger.ledger.api.BillingAccountId;

/** A case was opened about payments of one billing account, with its deadlines. */
public record CaseOpenedEvent(
    CaseId caseId,
    BillingAccountId billingAccountId,
    CaseKind kind,
    CaseSource source,
    List<CasePayment> payments,
    List<CaseDeadline> deadlines,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {

  public CaseOpenedEvent {
    payments = List.copyOf(payments);
    deadlines = List.copyOf(deadlines);
  }
}
