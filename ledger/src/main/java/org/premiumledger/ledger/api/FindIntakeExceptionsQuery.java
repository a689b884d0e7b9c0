package org.premiumledger.ledger.api;

/**
 * The items of imported files that wait for staff (unapplied checks and payments, refunds or
 * chargebacks of unknown payments, processor fees tied to no payment), newest first; answered with
 * a list of {@link IntakeExceptionView}.
 *
 * @param includeResolved whether items already dealt with are listed too
 * @param limit at most this many items
 */
public record FindIntakeExceptionsQuery(boolean includeResolved, int limit) {}
