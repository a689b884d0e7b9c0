package org.premiumledger.ledger.intake.nacha;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.ledger.api.FetchQuarantinedFilesQuery;
import org.premiumledger.ledger.api.QuarantinedFilesResponse;
import org.premiumledger.ledger.api.QuarantinedFilesResponse.QuarantinedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps rejected return and change files, sealed, with their reason: the bank has already acted on
 * them, so staff must see them even though they posted nothing. A file is kept once (by content).
 */
@Component
class NachaQuarantine {

  static final String FILE_PURPOSE = "quarantined-file";

  private final JdbcTemplate jdbc;
  private final BankAccountCipher cipher;
  private final Clock clock;

  NachaQuarantine(JdbcTemplate jdbc, BankAccountCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  void keep(String fileName, String sha256, byte[] content, String reason) {
    jdbc.update(
        """
        insert into nacha_quarantined_file (file_id, file_name, sha256, size_bytes,
            sealed_content, reason, quarantined_at)
        values (?, ?, ?, ?, ?, ?, ?)
        on conflict (sha256) do nothing
        """,
        UUID.randomUUID(),
        fileName,
        sha256,
        content.length,
        cipher.sealBytes(content, FILE_PURPOSE),
        reason,
        Timestamp.from(clock.instant()));
  }

  @QueryHandler
  QuarantinedFilesResponse handle(FetchQuarantinedFilesQuery query) {
    int limit = query.limit() <= 0 ? 100 : Math.min(query.limit(), 1_000);
    return new QuarantinedFilesResponse(
        jdbc.query(
            """
            select file_id::text, file_name, sha256, size_bytes, reason, quarantined_at
              from nacha_quarantined_file
             order by quarantined_at desc, file_id
             limit ?
            """,
            (row, i) ->
                new QuarantinedFile(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getInt(4),
                    row.getString(5),
                    row.getTimestamp(6).toInstant()),
            limit));
  }

  /** Return and change files: a return addenda (799), a change addenda (798) or a COR batch. */
  static boolean looksLikeReturnOrChangeFile(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    for (String line : text.split("\r?\n")) {
      if (line.startsWith("799") || line.startsWith("798")) {
        return true;
      }
      if (line.startsWith("5") && line.length() >= 53 && line.startsWith("COR", 50)) {
        return true;
      }
    }
    return false;
  }
}
