package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.util.Currency;

/**
 * A billing account as the portal sees it: the household, the latest enrollment and the date it
 * took effect, and the balance of the household's receivable (positive: owed; negative: credit).
 */
public record BillingAccountView(
    BillingAccountId billingAccountId,
    Household household,
    Enrollment enrollment,
    LocalDate enrollmentEffectiveDate,
    Currency currency,
    long balanceCents) {}
