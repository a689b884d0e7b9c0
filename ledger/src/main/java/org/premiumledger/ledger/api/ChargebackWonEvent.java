package org.premiumledger.ledger.api;

/** The exchange won a chargeback: the money came back. */
public record ChargebackWonEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String chargebackReference,
    Money amount,
    JournalEntry journalEntry)
    implements JournalPosting {}
