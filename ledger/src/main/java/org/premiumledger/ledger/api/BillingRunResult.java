package org.premiumledger.ledger.api;

import java.time.YearMonth;

/** What a billing run did. */
public record BillingRunResult(
    YearMonth coverageMonth,
    int accountsSeen,
    int billsIssued,
    int alreadyBilled,
    int notCovered) {}
