package org.premiumledger.projections.api;

import java.time.Instant;
import java.util.List;

/**
 * A page of the audit trail: what happened ({@code eventType} and its {@code payloadJson}), when,
 * to which aggregate, who did it ({@code userId} from the message's metadata, when it says) and why
 * ({@code reason} from the metadata or the event).
 */
public record AuditTrailResponse(List<Entry> entries, String nextCursor) {

  public AuditTrailResponse {
    entries = List.copyOf(entries);
  }

  public record Entry(
      long globalIndex,
      String eventIdentifier,
      Instant occurredAt,
      String aggregateType,
      String aggregateIdentifier,
      String eventType,
      String billingAccountId,
      String userId,
      String reason,
      String payloadJson,
      String metaDataJson) {}
}
