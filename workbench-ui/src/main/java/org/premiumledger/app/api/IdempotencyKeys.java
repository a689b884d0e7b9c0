package org.premiumledger.app.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's {@code Idempotency-Key}s and the answer each first got, in PostgreSQL: the primary
 * key makes one answer per key, whichever node or thread stores it first.
 */
@Component
class IdempotencyKeys {

  record StoredAnswer(String requestSha256, int status, String body) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<StoredAnswer> find(String key) {
    return jdbc
        .query(
            "select request_sha256, response_status, response_body from api_idempotency_key"
                + " where idempotency_key = ?",
            (row, i) -> new StoredAnswer(row.getString(1), row.getInt(2), row.getString(3)),
            key)
        .stream()
        .findFirst();
  }

  /** Stores the first answer for a key; false when another request stored one first. */
  boolean store(String key, String requestSha256, int status, String body) {
    return jdbc.update(
            """
            insert into api_idempotency_key (idempotency_key, request_sha256, response_status,
                response_body, created_at)
            values (?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            """,
            key,
            requestSha256,
            status,
            body,
            Timestamp.from(clock.instant()))
        == 1;
  }
}
