package org.premiumledger.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.premiumledger.ledger.api.BillingAccountId;

/** The processor's report confirmed a refund the case asked of it; the ledger posts it now. */
public record ProcessorRefundConfirmedEvent(
    CaseId caseId,
    UUID actionId,
    MoneyAction.Refund refund,
    BillingAccountId billingAccountId,
    String approvalReference,
    String processorReference,
    LocalDate refundedOn,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {

  public String ledgerReference() {
    return "case-action-" + actionId;
  }
}
