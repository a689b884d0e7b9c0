package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Issues the bills of every active enrollment for one coverage month; bills already issued are left
 * alone.
 */
public record IssueBillsForMonthCommand(YearMonth coverageMonth, LocalDate issuedOn) {}
