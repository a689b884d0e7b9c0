package org.premiumledger.app.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the security audit ({@code security_audit_event}). Each record is written in its
 * own statement, outside any transaction of the caller, so a refused sign-in is recorded too.
 */
@Service
public class SecurityAudit {

  private static final int NAME_LIMIT = 64;
  private static final int DETAIL_LIMIT = 500;

  private final JdbcClient jdbc;
  private final Clock clock;

  SecurityAudit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(
      SecurityEventType type, String actor, String subject, String remoteAddress, String detail) {
    jdbc.sql(
            """
            insert into security_audit_event
                   (occurred_at, event_type, actor, subject, remote_address, detail)
            values (:occurredAt, :type, :actor, :subject, :remoteAddress, :detail)
            """)
        .param("occurredAt", clock.instant().atOffset(ZoneOffset.UTC))
        .param("type", type.name())
        .param("actor", truncate(actor, NAME_LIMIT))
        .param("subject", truncate(subject, NAME_LIMIT))
        .param("remoteAddress", truncate(remoteAddress, NAME_LIMIT))
        .param("detail", truncate(detail, DETAIL_LIMIT))
        .update();
  }

  /** The latest events first, at most {@code limit}, optionally only those about one user. */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
  public List<SecurityAuditEvent> latest(String subjectOrNull, int limit) {
    String filter = subjectOrNull == null || subjectOrNull.isBlank() ? null : subjectOrNull.trim();
    return jdbc.sql(
            """
            select event_id, occurred_at, event_type, actor, subject, remote_address, detail
              from security_audit_event
             where cast(:subject as varchar) is null
                or subject = cast(:subject as varchar)
                or actor = cast(:subject as varchar)
             order by event_id desc
             limit :limit
            """)
        .param("subject", filter == null ? null : filter.toLowerCase(java.util.Locale.ROOT))
        .param("limit", Math.max(1, Math.min(limit, 10_000)))
        .query(
            (row, i) ->
                new SecurityAuditEvent(
                    row.getLong("event_id"),
                    instant(row.getObject("occurred_at", OffsetDateTime.class)),
                    SecurityEventType.valueOf(row.getString("event_type")),
                    row.getString("actor"),
                    row.getString("subject"),
                    row.getString("remote_address"),
                    row.getString("detail")))
        .list();
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  private static String truncate(String text, int limit) {
    if (text == null) {
      return null;
    }
    return text.length() <= limit ? text : text.substring(0, limit);
  }
}
