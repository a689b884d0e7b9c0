package org.premiumledger.cases.dispute;

import java.util.Optional;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.PaymentId;

/** The payments the cases module has seen from the ledger's events. */
public interface PaymentLookup {

  Optional<KnownPayment> find(PaymentId paymentId);

  /** A payment and the billing account it was applied to (null while unapplied). */
  record KnownPayment(CasePayment payment, BillingAccountId billingAccountId) {}
}
