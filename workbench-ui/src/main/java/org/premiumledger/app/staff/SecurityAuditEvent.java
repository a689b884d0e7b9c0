package org.premiumledger.app.staff;

import java.time.Instant;

/**
 * One line of the security audit: {@code actor} did {@code type} to {@code subject} (for signing
 * in, the name that was typed) at {@code occurredAt} from {@code remoteAddress}.
 */
public record SecurityAuditEvent(
    long eventId,
    Instant occurredAt,
    SecurityEventType type,
    String actor,
    String subject,
    String remoteAddress,
    String detail) {}
