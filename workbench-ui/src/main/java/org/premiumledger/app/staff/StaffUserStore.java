package org.premiumledger.app.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The staff tables ({@code staff_user}, {@code staff_user_role}, {@code staff_recovery_code}). */
@Repository
class StaffUserStore {

  private static final String USER_COLUMNS =
      """
      u.user_id, u.username, u.display_name, u.enabled, u.preferred_language,
      u.totp_enrolled_at, u.failed_sign_ins, u.last_failed_sign_in_at, u.locked_until,
      u.created_at, u.password_hash, u.password_must_change,
      (select string_agg(r.role, ',') from staff_user_role r where r.user_id = u.user_id) as roles
      """;

  private final JdbcClient jdbc;

  StaffUserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What signing in needs to know about one user, password hash included. */
  record Credentials(
      StaffUser user, String passwordHash, Instant lastFailedSignInAt, boolean mustChange) {}

  Optional<Credentials> findCredentials(String username) {
    return jdbc.sql("select " + USER_COLUMNS + " from staff_user u where u.username = :username")
        .param("username", username)
        .query((row, i) -> credentials(row))
        .optional();
  }

  Optional<Credentials> findCredentials(UUID userId) {
    return jdbc.sql("select " + USER_COLUMNS + " from staff_user u where u.user_id = :userId")
        .param("userId", userId)
        .query((row, i) -> credentials(row))
        .optional();
  }

  List<StaffUser> all() {
    return jdbc.sql("select " + USER_COLUMNS + " from staff_user u order by u.username")
        .query((row, i) -> credentials(row).user())
        .list();
  }

  boolean exists(String username) {
    return jdbc.sql("select count(*) from staff_user where username = :username")
            .param("username", username)
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(
      UUID userId,
      String username,
      String displayName,
      String passwordHash,
      Set<StaffRole> roles,
      Instant createdAt,
      String createdBy) {
    jdbc.sql(
            """
            insert into staff_user
                   (user_id, username, display_name, password_hash, created_at, created_by)
            values (:userId, :username, :displayName, :passwordHash, :createdAt, :createdBy)
            """)
        .param("userId", userId)
        .param("username", username)
        .param("displayName", displayName)
        .param("passwordHash", passwordHash)
        .param("createdAt", utc(createdAt))
        .param("createdBy", createdBy)
        .update();
    replaceRoles(userId, roles);
  }

  void replaceRoles(UUID userId, Collection<StaffRole> roles) {
    jdbc.sql("delete from staff_user_role where user_id = :userId")
        .param("userId", userId)
        .update();
    for (StaffRole role : roles) {
      jdbc.sql("insert into staff_user_role (user_id, role) values (:userId, :role)")
          .param("userId", userId)
          .param("role", role.name())
          .update();
    }
  }

  void setEnabled(UUID userId, boolean enabled) {
    jdbc.sql("update staff_user set enabled = :enabled where user_id = :userId")
        .param("enabled", enabled)
        .param("userId", userId)
        .update();
  }

  /** Sets the password; {@code mustChange} when an administrator set it for the user. */
  void setPasswordHash(UUID userId, String passwordHash, boolean mustChange) {
    jdbc.sql(
            """
            update staff_user
               set password_hash = :hash,
                   password_must_change = :mustChange
             where user_id = :userId
            """)
        .param("hash", passwordHash)
        .param("mustChange", mustChange)
        .param("userId", userId)
        .update();
  }

  void setPreferredLanguage(UUID userId, String language) {
    jdbc.sql("update staff_user set preferred_language = :language where user_id = :userId")
        .param("language", language)
        .param("userId", userId)
        .update();
  }

  /** Counts one more failure in the database and answers the new count. */
  int recordFailure(UUID userId, Instant at) {
    return jdbc.sql(
            """
            update staff_user
               set failed_sign_ins = failed_sign_ins + 1,
                   last_failed_sign_in_at = :at
             where user_id = :userId
            returning failed_sign_ins
            """)
        .param("at", utc(at))
        .param("userId", userId)
        .query(Integer.class)
        .single();
  }

  /** Locks until the given instant and starts the count afresh for when the lock ends. */
  void lock(UUID userId, Instant until) {
    jdbc.sql(
            """
            update staff_user
               set locked_until = :until,
                   failed_sign_ins = 0
             where user_id = :userId
            """)
        .param("until", utc(until))
        .param("userId", userId)
        .update();
  }

  void clearFailures(UUID userId) {
    jdbc.sql(
            """
            update staff_user
               set failed_sign_ins = 0,
                   last_failed_sign_in_at = null,
                   locked_until = null
             where user_id = :userId
            """)
        .param("userId", userId)
        .update();
  }

  Optional<byte[]> encryptedTotpSecret(UUID userId) {
    return jdbc.sql("select totp_secret_encrypted from staff_user where user_id = :userId")
        .param("userId", userId)
        .query((row, i) -> Optional.ofNullable(row.getBytes(1)))
        .optional()
        .flatMap(secret -> secret);
  }

  /**
   * Enrols a second factor, the encrypted secret and the digests of the recovery codes, only if the
   * user has none yet: of two enrolments confirmed at once, one wins and the other answers false.
   */
  @Transactional
  boolean enrolSecondFactor(
      UUID userId, byte[] encryptedSecret, Instant at, Long acceptedStep, List<String> digests) {
    int enrolled =
        jdbc.sql(
                """
                update staff_user
                   set totp_secret_encrypted = :secret,
                       totp_enrolled_at = :at,
                       totp_last_used_step = :step
                 where user_id = :userId
                   and totp_secret_encrypted is null
                """)
            .param("secret", encryptedSecret)
            .param("at", utc(at))
            .param("step", acceptedStep)
            .param("userId", userId)
            .update();
    if (enrolled == 1) {
      replaceRecoveryCodes(userId, digests);
    }
    return enrolled == 1;
  }

  @Transactional
  void clearSecondFactor(UUID userId) {
    jdbc.sql(
            """
            update staff_user
               set totp_secret_encrypted = null,
                   totp_enrolled_at = null,
                   totp_last_used_step = null
             where user_id = :userId
            """)
        .param("userId", userId)
        .update();
    replaceRecoveryCodes(userId, List.of());
  }

  private void replaceRecoveryCodes(UUID userId, List<String> digests) {
    jdbc.sql("delete from staff_recovery_code where user_id = :userId")
        .param("userId", userId)
        .update();
    for (String digest : digests) {
      jdbc.sql("insert into staff_recovery_code (user_id, code_sha256) values (:userId, :digest)")
          .param("userId", userId)
          .param("digest", digest)
          .update();
    }
  }

  /**
   * Accepts a TOTP time step only if it is later than the last one accepted, in one statement: a
   * code (or an earlier one) replayed, even by two requests at once, is refused.
   */
  boolean acceptTotpStep(UUID userId, long step) {
    return jdbc.sql(
                """
                update staff_user
                   set totp_last_used_step = :step
                 where user_id = :userId
                   and (totp_last_used_step is null or totp_last_used_step < :step)
                """)
            .param("step", step)
            .param("userId", userId)
            .update()
        == 1;
  }

  /** Uses a recovery code once: true only the first time, for an unused code of this user. */
  boolean useRecoveryCode(UUID userId, String digest, Instant at) {
    return jdbc.sql(
                """
                update staff_recovery_code
                   set used_at = :at
                 where user_id = :userId
                   and code_sha256 = :digest
                   and used_at is null
                """)
            .param("at", utc(at))
            .param("userId", userId)
            .param("digest", digest)
            .update()
        == 1;
  }

  int unusedRecoveryCodes(UUID userId) {
    return jdbc.sql(
            "select count(*) from staff_recovery_code where user_id = :userId and used_at is null")
        .param("userId", userId)
        .query(Integer.class)
        .single();
  }

  private static Credentials credentials(ResultSet row) throws SQLException {
    StaffUser user =
        new StaffUser(
            row.getObject("user_id", UUID.class),
            row.getString("username"),
            row.getString("display_name"),
            roles(row.getString("roles")),
            row.getBoolean("enabled"),
            row.getObject("totp_enrolled_at", OffsetDateTime.class) != null,
            instant(row, "locked_until"),
            row.getInt("failed_sign_ins"),
            row.getString("preferred_language"),
            instant(row, "created_at"));
    return new Credentials(
        user,
        row.getString("password_hash"),
        instant(row, "last_failed_sign_in_at"),
        row.getBoolean("password_must_change"));
  }

  private static Set<StaffRole> roles(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(StaffRole::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
