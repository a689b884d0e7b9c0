package org.premiumledger.ledger.intake;

import java.nio.file.Path;
import org.premiumledger.ledger.api.FileImportReport;

/**
 * One file format the intake understands (NACHA, a processor's settlement report, a lockbox file,
 * the enrollment file). The intake asks each importer, in turn, whether it recognizes a file by its
 * first bytes, and hands the file to the first that does.
 *
 * <p>An importer validates the whole file before it posts anything: a file with any fault comes
 * back with rejections and has posted nothing. Posting is idempotent per entry (payments by their
 * identity), so a repeated or overlapping file posts only what is new.
 */
public interface PaymentFileImporter {

  /** A short stable name: {@code nacha}, {@code adyen-settlement}, {@code lockbox}, ... */
  String format();

  /** Whether the file's first bytes (up to 4 KiB) look like this format. */
  boolean recognizes(byte[] head);

  FileImportReport importFile(Path file, String importedBy);
}
