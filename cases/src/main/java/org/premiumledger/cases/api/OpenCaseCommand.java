package org.premiumledger.cases.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.PaymentId;

/**
 * Opens a case about payments of one billing account. Sending it again with the same details
 * changes nothing (the detector and the ledger's reactions may deliver it twice).
 *
 * @param chargebackRespondBy the response date of a card chargeback notice, else null
 */
public record OpenCaseCommand(
    @TargetAggregateIdentifier CaseId caseId,
    BillingAccountId billingAccountId,
    CaseKind kind,
    CaseSource source,
    List<PaymentId> paymentIds,
    String summary,
    LocalDate chargebackRespondBy,
    Actor by) {

  public OpenCaseCommand {
    paymentIds = List.copyOf(paymentIds);
  }
}
