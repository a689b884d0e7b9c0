package org.premiumledger.cases.dispute;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.EvidenceContent;

/**
 * Where evidence bytes live: a PostgreSQL table, written in the attaching command's transaction.
 */
public interface EvidenceStore {

  void store(
      CaseId caseId,
      UUID evidenceId,
      String fileName,
      String contentType,
      String sha256,
      byte[] content,
      Instant attachedAt,
      String attachedBy);

  Optional<EvidenceContent> fetch(CaseId caseId, UUID evidenceId);
}
