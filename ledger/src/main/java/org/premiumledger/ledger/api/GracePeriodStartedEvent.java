package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;

/** The household fell behind: a grace period started. */
public record GracePeriodStartedEvent(
    BillingAccountId billingAccountId,
    YearMonth firstGraceMonth,
    LocalDate graceEndsOn,
    boolean aptcGracePeriod) {}
