package org.premiumledger.ledger.api;

import java.time.Instant;
import java.util.List;

/** The quarantined files, newest first; their content stays sealed in the database. */
public record QuarantinedFilesResponse(List<QuarantinedFile> files) {

  public QuarantinedFilesResponse {
    files = List.copyOf(files);
  }

  /** One rejected return or change file and why it was rejected. */
  public record QuarantinedFile(
      String fileId,
      String fileName,
      String sha256,
      int sizeBytes,
      String reason,
      Instant quarantinedAt) {}
}
