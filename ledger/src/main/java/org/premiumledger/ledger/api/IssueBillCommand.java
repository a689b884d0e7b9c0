package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues the premium bill of one coverage month. */
public record IssueBillCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId,
    YearMonth coverageMonth,
    LocalDate issuedOn) {}
