package org.premiumledger.ledger.api;

import java.time.LocalDate;

/**
 * A card network took money back while the dispute is open. Flagged for recovery when it came after
 * a refund.
 */
public record ChargebackOpenedEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String chargebackReference,
    Money amount,
    String reasonCode,
    LocalDate respondBy,
    boolean recoveryRequired,
    JournalEntry journalEntry)
    implements JournalPosting {}
