package org.premiumledger.ledger.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.ConcurrencyException;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportPaymentFileCommand;
import org.premiumledger.ledger.api.ImportRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file: finds its format from its first bytes, and posts everything it holds in ONE
 * database transaction together with the file's row in {@code intake_file} (keyed by the SHA-256 of
 * its bytes). So a rejected file posts nothing, a file imported again, even renamed, finds its row
 * and posts nothing, and of two imports of one file at once the second waits on the first's row and
 * then finds it. Overlapping files post only what is new because every entry is idempotent by its
 * identity.
 *
 * <p>The file's commands run on an intake thread, not inside this handler's unit of work: nested in
 * it, Axon would publish their events only when this handler returns, and the importer could not
 * read back what the file posted a line earlier.
 */
@Component
class PaymentIntake implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PaymentIntake.class);
  private static final int HEAD_BYTES = 4096;
  private static final int MAX_ATTEMPTS = 3;

  private final List<PaymentFileImporter> importers;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final List<Cache> aggregateCaches;
  private final ExecutorService intakeThreads;
  private final IntakeProgress progress;

  PaymentIntake(
      List<PaymentFileImporter> importers,
      PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc,
      Clock clock,
      @Qualifier("billingAccountCache") Cache billingAccountCache,
      @Qualifier("paymentCache") Cache paymentCache,
      IntakeProgress progress) {
    this.progress = progress;
    this.importers = List.copyOf(importers);
    this.transaction = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
    this.clock = clock;
    this.aggregateCaches = List.of(billingAccountCache, paymentCache);
    AtomicInteger threads = new AtomicInteger();
    this.intakeThreads =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "intake-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A large file takes minutes; Axon's default 30-second handler timeout would interrupt it. */
  @CommandHandler
  @org.axonframework.messaging.annotation.MessageHandlerTimeout(
      timeoutMs = 3_600_000,
      warningThresholdMs = 600_000,
      warningIntervalMs = 60_000)
  FileImportReport handle(ImportPaymentFileCommand command) {
    try {
      return CompletableFuture.supplyAsync(
              () -> importFile(command.file(), command.importedBy()), intakeThreads)
          .join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  FileImportReport importFile(Path file, String importedBy) {
    try {
      return importReadFile(file, importedBy);
    } finally {
      progress.finish(file);
    }
  }

  private FileImportReport importReadFile(Path file, String importedBy) {
    String fileName = file.getFileName().toString();
    byte[] head;
    String sha256;
    try {
      head = head(file);
      sha256 = sha256(file);
    } catch (IOException e) {
      return rejected(fileName, "unknown", null, 0, "file", "a readable file", e.toString());
    }
    if (head.length == 0) {
      return rejected(fileName, "unknown", sha256, 0, "file", "a file with content", "0 bytes");
    }
    PaymentFileImporter importer =
        importers.stream().filter(i -> i.recognizes(head)).findFirst().orElse(null);
    if (importer == null) {
      return rejected(
          fileName,
          "unknown",
          sha256,
          1,
          "format",
          "one of " + importers.stream().map(PaymentFileImporter::format).sorted().toList(),
          firstLine(head));
    }

    for (int attempt = 1; ; attempt++) {
      try {
        FileImportReport report = importOnce(file, importedBy, importer, sha256);
        log.info(
            "file imported format={} sha256={} entries={} posted={} alreadyPresent={}"
                + " sentToExceptions={} rejections={} repeat={}",
            report.format(),
            sha256,
            report.entries(),
            report.posted(),
            report.alreadyPresent(),
            report.sentToExceptions(),
            report.rejections().size(),
            report.repeatOfEarlierImport());
        return report;
      } catch (RuntimeException failed) {
        forgetCachedAggregates();
        if (!isConflictWithAnotherImport(failed) || attempt == MAX_ATTEMPTS) {
          throw failed;
        }
        log.info(
            "file import met a concurrent import, retrying sha256={} attempt={}", sha256, attempt);
      }
    }
  }

  /**
   * Two files holding the same entry, imported at once: the second to commit meets the first's
   * entry in a unique constraint (or a deadlock). Its whole file is rolled back and tried again,
   * and then finds the entry already present.
   */
  static boolean isConflictWithAnotherImport(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyException
          || cause instanceof DataIntegrityViolationException
          || cause instanceof PessimisticLockingFailureException) {
        return true;
      }
      if (cause instanceof java.sql.SQLException sql
          && ("23505".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private FileImportReport importOnce(
      Path file, String importedBy, PaymentFileImporter importer, String sha256) {
    FileImportReport report =
        IntakeAwareCache.importing(
            () ->
                transaction.execute(
                    status -> {
                      if (!claim(file, importer, importedBy, sha256)) {
                        return earlierImport(file.getFileName().toString(), sha256);
                      }
                      FileImportReport imported =
                          withSha(importer.importFile(file, importedBy), sha256);
                      if (imported.rejected()) {
                        status.setRollbackOnly();
                      } else {
                        record(imported);
                      }
                      return imported;
                    }));
    // Other threads may have cached what this file changed, as it was before the file committed.
    forgetCachedAggregates();
    return report;
  }

  /** Inserts the file's row; false when an import of the same bytes committed it before. */
  private boolean claim(Path file, PaymentFileImporter importer, String importedBy, String sha) {
    int inserted =
        jdbc.update(
            """
            insert into intake_file (sha256, file_name, format, imported_by, imported_at, entries,
                debit_cents, credit_cents, posted, already_present, sent_to_exceptions)
            values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0)
            on conflict (sha256) do nothing
            """,
            sha,
            truncate(file.getFileName().toString(), 255),
            importer.format(),
            truncate(importedBy, 64),
            Timestamp.from(clock.instant()));
    return inserted == 1;
  }

  private void record(FileImportReport report) {
    jdbc.update(
        """
        update intake_file
           set entries = ?, debit_cents = ?, credit_cents = ?, posted = ?, already_present = ?,
               sent_to_exceptions = ?
         where sha256 = ?
        """,
        report.entries(),
        report.debitCents(),
        report.creditCents(),
        report.posted(),
        report.alreadyPresent(),
        report.sentToExceptions(),
        report.sha256());
  }

  private FileImportReport earlierImport(String fileName, String sha256) {
    return jdbc.queryForObject(
        "select format, entries, debit_cents, credit_cents from intake_file where sha256 = ?",
        (row, i) ->
            new FileImportReport(
                fileName,
                row.getString(1),
                sha256,
                true,
                row.getInt(2),
                row.getLong(3),
                row.getLong(4),
                0,
                row.getInt(2),
                0,
                List.of()),
        sha256);
  }

  /**
   * A rolled-back file may have left its aggregates' new state in Axon's caches; forgetting the
   * caches makes the next command load them from the event store, as they really are.
   */
  private void forgetCachedAggregates() {
    aggregateCaches.forEach(Cache::removeAll);
  }

  private static FileImportReport withSha(FileImportReport report, String sha256) {
    return new FileImportReport(
        report.fileName(),
        report.format(),
        sha256,
        report.repeatOfEarlierImport(),
        report.entries(),
        report.debitCents(),
        report.creditCents(),
        report.posted(),
        report.alreadyPresent(),
        report.sentToExceptions(),
        report.rejections());
  }

  private static FileImportReport rejected(
      String fileName,
      String format,
      String sha256,
      int line,
      String field,
      String expected,
      String found) {
    return new FileImportReport(
        fileName,
        format,
        sha256,
        false,
        0,
        0,
        0,
        0,
        0,
        0,
        List.of(new ImportRejection(fileName, line, field, expected, found)));
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256Digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String firstLine(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
    return "'" + (printable.length() > 80 ? printable.substring(0, 80) + "..." : printable) + "'";
  }

  private static String truncate(String text, int length) {
    String value = text == null ? "" : text;
    return value.length() > length ? value.substring(0, length) : value;
  }

  @Override
  public void destroy() {
    intakeThreads.shutdownNow();
  }
}
