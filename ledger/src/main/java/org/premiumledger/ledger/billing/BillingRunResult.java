package org.premiumledger.ledger.billing;

import java.time.YearMonth;

/** What a billing run did. */
record BillingRunResult(
    YearMonth coverageMonth,
    int accountsSeen,
    int billsIssued,
    int alreadyBilled,
    int notCovered) {}
