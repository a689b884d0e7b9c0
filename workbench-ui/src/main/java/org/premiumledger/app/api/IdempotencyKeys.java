package org.premiumledger.app.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
  private final DataSource dataSource;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Runs {@code work} while holding a PostgreSQL advisory lock on the key, on a connection of its
   * own: concurrent requests with one key, on any node, run one after the other.
   */
  <T> T whileHolding(String key, Supplier<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement lock =
          connection.prepareStatement("select pg_advisory_lock(hashtextextended(?, 7))")) {
        lock.setString(1, key);
        lock.execute();
      }
      try {
        return work.get();
      } finally {
        try (PreparedStatement unlock =
            connection.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 7))")) {
          unlock.setString(1, key);
          unlock.execute();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lock the Idempotency-Key", e);
    }
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
