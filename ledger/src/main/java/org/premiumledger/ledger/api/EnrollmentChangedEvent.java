package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** The enrollment changed from a date on. */
public record EnrollmentChangedEvent(
    BillingAccountId billingAccountId, Enrollment enrollment, LocalDate effectiveDate) {}
