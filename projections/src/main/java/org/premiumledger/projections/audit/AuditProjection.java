package org.premiumledger.projections.audit;

import static org.premiumledger.projections.platform.Columns.bigint;
import static org.premiumledger.projections.platform.Columns.instant;
import static org.premiumledger.projections.platform.Columns.jsonb;
import static org.premiumledger.projections.platform.Columns.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.projections.platform.BillingAccountSequencing;
import org.premiumledger.projections.platform.Columns;
import org.premiumledger.projections.platform.EventPosition;
import org.springframework.stereotype.Component;

/**
 * The audit trail: every event, when it happened, to which aggregate, who did it and why, as far as
 * the message says. Who comes from the metadata ({@code userId}, else {@code importedBy} or {@code
 * actor}); why from the metadata's {@code reason}, else the event's own {@code reason}. Keyed by
 * the global index, so a second delivery writes nothing.
 */
@Component
@ProcessingGroup("projection-audit")
class AuditProjection {

  static final Table<?> AUDIT = Columns.table("pj_audit_event");
  static final Field<Long> GLOBAL_INDEX = bigint("pj_audit_event", "global_index");
  static final Field<String> EVENT = text("pj_audit_event", "event_identifier");
  static final Field<Instant> OCCURRED_AT = instant("pj_audit_event", "occurred_at");
  static final Field<String> AGGREGATE_TYPE = text("pj_audit_event", "aggregate_type");
  static final Field<String> AGGREGATE_ID = text("pj_audit_event", "aggregate_identifier");
  static final Field<Long> SEQUENCE = bigint("pj_audit_event", "sequence_number");
  static final Field<String> EVENT_TYPE = text("pj_audit_event", "event_type");
  static final Field<String> ACCOUNT = text("pj_audit_event", "billing_account_id");
  static final Field<String> USER_ID = text("pj_audit_event", "user_id");
  static final Field<String> REASON = text("pj_audit_event", "reason");
  static final Field<JSONB> PAYLOAD = jsonb("pj_audit_event", "payload");
  static final Field<JSONB> META_DATA = jsonb("pj_audit_event", "meta_data");

  static final Field<?>[] FIELDS = {
    GLOBAL_INDEX,
    EVENT,
    OCCURRED_AT,
    AGGREGATE_TYPE,
    AGGREGATE_ID,
    SEQUENCE,
    EVENT_TYPE,
    ACCOUNT,
    USER_ID,
    REASON,
    PAYLOAD,
    META_DATA
  };

  private final DSLContext db;
  private final ObjectMapper json;

  AuditProjection(DSLContext db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  @EventHandler
  void on(Object payload, EventMessage<?> message, TrackingToken token)
      throws JsonProcessingException {
    DomainEventMessage<?> domainEvent = message instanceof DomainEventMessage<?> d ? d : null;
    BillingAccountId account = BillingAccountSequencing.billingAccountOf(payload);
    Map<String, Object> metaData = new TreeMap<>(message.getMetaData());
    db.insertInto(AUDIT)
        .set(GLOBAL_INDEX, EventPosition.of(token))
        .set(EVENT, message.getIdentifier())
        .set(OCCURRED_AT, message.getTimestamp())
        .set(AGGREGATE_TYPE, domainEvent == null ? null : domainEvent.getType())
        .set(AGGREGATE_ID, domainEvent == null ? null : domainEvent.getAggregateIdentifier())
        .set(SEQUENCE, domainEvent == null ? null : domainEvent.getSequenceNumber())
        .set(EVENT_TYPE, payload.getClass().getSimpleName())
        .set(ACCOUNT, account == null ? null : account.value())
        .set(USER_ID, firstText(metaData, "userId", "importedBy", "actor"))
        .set(REASON, truncate(reason(metaData, payload), 500))
        .set(PAYLOAD, JSONB.valueOf(json.writeValueAsString(payload)))
        .set(META_DATA, JSONB.valueOf(json.writeValueAsString(metaData)))
        .onConflictDoNothing()
        .execute();
  }

  private static String firstText(Map<String, Object> metaData, String... keys) {
    for (String key : keys) {
      Object value = metaData.get(key);
      if (value != null && !value.toString().isBlank()) {
        return truncate(value.toString(), 200);
      }
    }
    return null;
  }

  private static String reason(Map<String, Object> metaData, Object payload) {
    String fromMetaData = firstText(metaData, "reason");
    if (fromMetaData != null) {
      return fromMetaData;
    }
    try {
      Method reason = payload.getClass().getMethod("reason");
      Object value = reason.invoke(payload);
      return value == null ? null : value.toString();
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the reason of " + payload.getClass(), e);
    }
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
