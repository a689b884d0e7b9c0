package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes the enrollment from a date on; billed months from that date are adjusted, never edited.
 * An identical enrollment changes nothing.
 */
public record ChangeEnrollmentCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId,
    Enrollment enrollment,
    LocalDate effectiveDate,
    LocalDate changedOn) {}
