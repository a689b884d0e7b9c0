package org.premiumledger.cases.dispute;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.EvidenceContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Evidence bytes in PostgreSQL, written in the transaction of the command that attaches them. */
@Component
class EvidenceTable implements EvidenceStore {

  private final JdbcTemplate jdbc;

  EvidenceTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(
      CaseId caseId,
      UUID evidenceId,
      String fileName,
      String contentType,
      String sha256,
      byte[] content,
      Instant attachedAt,
      String attachedBy) {
    jdbc.update(
        """
        insert into case_evidence
               (evidence_id, case_id, file_name, content_type, size_bytes, sha256, content,
                attached_at, attached_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        evidenceId,
        UUID.fromString(caseId.value()),
        fileName,
        contentType,
        content.length,
        sha256,
        content,
        Timestamp.from(attachedAt),
        attachedBy);
  }

  @Override
  public Optional<EvidenceContent> fetch(CaseId caseId, UUID evidenceId) {
    return jdbc
        .query(
            """
            select file_name, content_type, sha256, content
              from case_evidence
             where case_id = ? and evidence_id = ?
            """,
            (row, rowNumber) ->
                new EvidenceContent(
                    row.getString("file_name"),
                    row.getString("content_type"),
                    row.getString("sha256"),
                    row.getBytes("content")),
            UUID.fromString(caseId.value()),
            evidenceId)
        .stream()
        .findFirst();
  }
}
