package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;

/** Everything owed was paid within the grace period. */
public record GracePeriodCuredEvent(
    BillingAccountId billingAccountId, YearMonth firstGraceMonth, LocalDate curedOn) {}
