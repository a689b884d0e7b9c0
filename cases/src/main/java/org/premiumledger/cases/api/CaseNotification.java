package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;
import org.premiumledger.ledger.api.BillingAccountId;

/**
 * A message to a household waiting in the outbox for delivery by its channel (email, sms, mail), in
 * its language. {@code deliveredAt} is null until the delivery issue sends it.
 */
public record CaseNotification(
    UUID notificationId,
    CaseId caseId,
    BillingAccountId billingAccountId,
    String topic,
    String language,
    String channel,
    String subject,
    String body,
    Instant createdAt,
    Instant deliveredAt) {}
