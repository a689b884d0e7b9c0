package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.List;
import org.premiumledger.ledger.api.PaymentId;

/** An agent dismissed a duplicate detection; these payments are not raised again together. */
public record DetectionDismissedEvent(
    CaseId caseId, List<PaymentId> paymentIds, Instant at, Actor by, String why)
    implements CaseEvent {

  public DetectionDismissedEvent {
    paymentIds = List.copyOf(paymentIds);
  }
}
