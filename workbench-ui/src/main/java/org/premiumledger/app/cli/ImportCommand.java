package org.premiumledger.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.ledger.api.FetchImportProgressQuery;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportPaymentFileCommand;
import org.premiumledger.ledger.api.ImportProgress;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.api.MoneyFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE...}: imports each file, detecting its format from its content, and prints what
 * it did. Exits 1 when any file was rejected.
 */
@Command(
    name = "import",
    description =
        "Import NACHA, processor settlement, lockbox and enrollment files (format detected).")
class ImportCommand implements Callable<Integer> {

  /** Files with more entries than this show a progress bar on a terminal. */
  static final long PROGRESS_BAR_ENTRIES = 5_000;

  private static final int BAR_WIDTH = 40;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to import")
  List<Path> files;

  private final CommandGateway commands;
  private final QueryGateway queries;

  /** Imports are never retried by the gateway: a rejected or failed import says why instead. */
  ImportCommand(CommandBus commandBus, QueryGateway queries) {
    this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    this.queries = queries;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    boolean anyRejected = false;
    for (Path file : files) {
      FileImportReport report = importWithProgress(file.toAbsolutePath().normalize(), out);
      print(report, out);
      anyRejected |= report.rejected();
    }
    return anyRejected ? 1 : 0;
  }

  private FileImportReport importWithProgress(Path file, PrintStream out) throws Exception {
    // The command bus runs a handler on the sending thread; send from another so this one can
    // draw the progress bar.
    CompletableFuture<FileImportReport> running =
        CompletableFuture.supplyAsync(
            () -> commands.sendAndWait(new ImportPaymentFileCommand(file, "cli")));
    boolean terminal = System.console() != null;
    boolean drawn = false;
    while (true) {
      try {
        FileImportReport report = running.get(200, TimeUnit.MILLISECONDS);
        if (drawn) {
          out.print("\r" + " ".repeat(BAR_WIDTH + 30) + "\r");
        }
        return report;
      } catch (java.util.concurrent.ExecutionException failed) {
        throw failed.getCause() instanceof Exception cause ? cause : failed;
      } catch (TimeoutException stillRunning) {
        if (terminal) {
          drawn |= drawProgress(file, out);
        }
      }
    }
  }

  private boolean drawProgress(Path file, PrintStream out) {
    ImportProgress progress =
        queries.query(new FetchImportProgressQuery(file), ImportProgress.class).join();
    if (progress.total() <= PROGRESS_BAR_ENTRIES) {
      return false;
    }
    int filled = (int) (BAR_WIDTH * progress.postedOrSkipped() / progress.total());
    out.printf(
        "\r[%s%s] %d/%d",
        "#".repeat(filled),
        " ".repeat(BAR_WIDTH - filled),
        progress.postedOrSkipped(),
        progress.total());
    out.flush();
    return true;
  }

  static void print(FileImportReport report, PrintStream out) {
    out.println(report.fileName());
    out.printf("  format            %s%n", report.format());
    if (report.repeatOfEarlierImport()) {
      out.println(
          "  already imported  this file (same SHA-256) was imported before; posted nothing");
    }
    out.printf("  entries           %d%n", report.entries());
    out.printf("  total debits      %s%n", MoneyFormat.decimal(report.debitCents()));
    out.printf("  total credits     %s%n", MoneyFormat.decimal(report.creditCents()));
    out.printf("  posted            %d%n", report.posted());
    out.printf("  already present   %d%n", report.alreadyPresent());
    out.printf("  to exceptions     %d%n", report.sentToExceptions());
    if (report.rejected()) {
      out.printf("  REJECTED, nothing posted (%d faults):%n", report.rejections().size());
      for (ImportRejection rejection : report.rejections()) {
        out.printf(
            "    %s line %d, field %s: expected %s, found %s%n",
            rejection.file(),
            rejection.line(),
            rejection.field(),
            rejection.expected(),
            rejection.found());
      }
    }
  }
}
