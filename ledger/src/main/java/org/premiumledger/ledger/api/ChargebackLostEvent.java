package org.premiumledger.ledger.api;

/** The exchange lost a chargeback: the household owes the amount again. */
public record ChargebackLostEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String chargebackReference,
    Money amount,
    JournalEntry journalEntry)
    implements JournalPosting {}
