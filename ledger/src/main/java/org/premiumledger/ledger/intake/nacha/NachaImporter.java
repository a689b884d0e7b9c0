package org.premiumledger.ledger.intake.nacha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.intake.PaymentFileImporter;
import org.premiumledger.ledger.intake.nacha.NachaPlan.DebitItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports NACHA files: premium debits the exchange originated, the banks' returns and their
 * notifications of change. The whole file is checked first, format and ledger (known billing
 * accounts, trace numbers not used for other payments); a file with any fault posts nothing. Then
 * each entry posts through its aggregate, several at once; every posting is idempotent, so a
 * repeated, overlapping or concurrently imported file posts each entry once.
 */
@Component
class NachaImporter implements PaymentFileImporter, DisposableBean {

  static final String FORMAT = "nacha";
  private static final Logger log = LoggerFactory.getLogger(NachaImporter.class);

  private final NachaPlanner planner;
  private final NachaPoster poster;
  private final NachaQuarantine quarantine;
  private final ExecutorService workers;
  private final int batchSize;

  NachaImporter(
      NachaPlanner planner, NachaPoster poster, NachaQuarantine quarantine, AchSettings ach) {
    this.planner = planner;
    this.poster = poster;
    this.quarantine = quarantine;
    this.batchSize = ach.getImportBatchSize();
    AtomicInteger threadNumber = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            ach.getImportThreads(),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "nacha-import-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizes(byte[] head) {
    return startsWithFileHeader(head);
  }

  /** A file header record: "101" and 94 characters before the first line end. */
  static boolean startsWithFileHeader(byte[] head) {
    if (head.length < NachaParser.RECORD_LENGTH
        || head[0] != '1'
        || head[1] != '0'
        || head[2] != '1') {
      return false;
    }
    for (int i = 0; i < NachaParser.RECORD_LENGTH; i++) {
      if (head[i] == '\n' || head[i] == '\r') {
        return false;
      }
    }
    return head.length == NachaParser.RECORD_LENGTH
        || head[NachaParser.RECORD_LENGTH] == '\n'
        || head[NachaParser.RECORD_LENGTH] == '\r';
  }

  @Override
  public FileImportReport importFile(Path file, String importedBy) {
    byte[] content = read(file);
    String fileName = file.getFileName().toString();
    String sha256 = sha256(content);

    NachaFile parsed;
    try {
      parsed = NachaParser.parse(content);
    } catch (NachaFault fault) {
      ImportRejection rejection =
          new ImportRejection(
              fileName, fault.line(), fault.field(), fault.expected(), fault.found());
      return rejected(fileName, sha256, content, null, List.of(rejection));
    }

    NachaPlan plan = planner.plan(fileName, parsed);
    if (!plan.rejections().isEmpty()) {
      return rejected(fileName, sha256, content, parsed, plan.rejections());
    }

    Tally tally = new Tally();
    tally.add(
        inParallel(batches(plan.debits()), poster::postBatch).stream()
            .flatMap(List::stream)
            .toList());
    tally.add(inParallel(plan.returns(), poster::post));
    tally.add(inParallel(plan.changes(), poster::post));
    Totals totals = Totals.of(parsed.entries());
    log.info(
        "nacha file imported by={} entries={} posted={} alreadyPresent={} sentToExceptions={}",
        importedBy,
        parsed.entries().size(),
        tally.posted,
        tally.alreadyPresent,
        tally.sentToExceptions);
    return new FileImportReport(
        fileName,
        FORMAT,
        sha256,
        false,
        parsed.entries().size(),
        totals.debitCents(),
        totals.creditCents(),
        tally.posted,
        tally.alreadyPresent,
        tally.sentToExceptions,
        List.of());
  }

  private FileImportReport rejected(
      String fileName,
      String sha256,
      byte[] content,
      NachaFile parsed,
      List<ImportRejection> rejections) {
    if (NachaQuarantine.looksLikeReturnOrChangeFile(content)) {
      String reason = rejections.get(0).describe();
      if (rejections.size() > 1) {
        reason += " (and " + (rejections.size() - 1) + " more)";
      }
      quarantine.keep(fileName, sha256, content, reason);
    }
    log.info("nacha file rejected faults={}", rejections.size());
    Totals totals = parsed == null ? new Totals(0, 0, 0, 0) : Totals.of(parsed.entries());
    return new FileImportReport(
        fileName,
        FORMAT,
        sha256,
        false,
        parsed == null ? 0 : parsed.entries().size(),
        totals.debitCents(),
        totals.creditCents(),
        0,
        0,
        0,
        rejections);
  }

  /** Posts every item on the workers; the first failure, if any, is rethrown once all ended. */
  private <T, R> List<R> inParallel(List<T> items, Function<T, R> post) {
    List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(CompletableFuture.supplyAsync(() -> post.apply(item), workers));
    }
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    return futures.stream().map(CompletableFuture::join).toList();
  }

  private List<List<DebitItem>> batches(List<DebitItem> debits) {
    List<List<DebitItem>> batches = new ArrayList<>();
    for (int from = 0; from < debits.size(); from += batchSize) {
      batches.add(debits.subList(from, Math.min(from + batchSize, debits.size())));
    }
    return batches;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable in this JDK", e);
    }
  }

  @Override
  public void destroy() {
    workers.shutdownNow();
  }

  /** What the entries of one file came to. */
  private static final class Tally {
    int posted;
    int alreadyPresent;
    int sentToExceptions;

    void add(List<Outcome> outcomes) {
      for (Outcome outcome : outcomes) {
        switch (outcome) {
          case POSTED -> posted++;
          case ALREADY_PRESENT -> alreadyPresent++;
          case SENT_TO_EXCEPTIONS -> sentToExceptions++;
          case NOTHING_TO_POST -> {}
        }
      }
    }
  }
}
