package org.premiumledger.ledger.api;

import java.util.List;

/**
 * What importing one file did. {@code posted} entries were new; {@code alreadyPresent} were
 * recorded before (a repeated or overlapping file); {@code sentToExceptions} wait for staff
 * (unmatched returns, unapplied checks). A file with rejections posted nothing.
 */
public record FileImportReport(
    String fileName,
    String format,
    String sha256,
    boolean repeatOfEarlierImport,
    int entries,
    long debitCents,
    long creditCents,
    int posted,
    int alreadyPresent,
    int sentToExceptions,
    List<ImportRejection> rejections) {

  public FileImportReport {
    rejections = List.copyOf(rejections);
  }

  public boolean rejected() {
    return !rejections.isEmpty();
  }
}
