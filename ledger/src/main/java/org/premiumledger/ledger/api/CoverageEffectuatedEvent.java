package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** The binder payment was made in time: coverage is in force. */
public record CoverageEffectuatedEvent(
    BillingAccountId billingAccountId, LocalDate effectuatedOn) {}
