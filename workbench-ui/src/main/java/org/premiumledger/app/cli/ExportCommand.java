package org.premiumledger.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.premiumledger.projections.api.ExportKind;
import org.premiumledger.projections.api.ExportRequest;
import org.premiumledger.projections.api.ProjectionExports;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export KIND --out FILE [--format csv|xlsx] [--from DATE] [--to DATE] [--account ID]}:
 * writes an auditor's export after bringing its projection up to date. The file appears whole or
 * not at all (written beside it, then moved into place).
 */
@Command(
    name = "export",
    description = "Export the journal, trial balance, history or audit trail as CSV.")
class ExportCommand implements Callable<Integer> {

  static final long CATCH_UP_MILLIS = 120_000;

  @Parameters(index = "0", description = "journal, trial-balance, history or audit-trail")
  String kind;

  @Option(names = "--out", required = true, description = "the file to write")
  Path out;

  @Option(names = "--format", description = "csv or xlsx; by default the file's extension")
  String format;

  @Option(names = "--from", description = "first business date, e.g. 2027-01-01")
  LocalDate from;

  @Option(names = "--to", description = "last business date (the trial balance's date)")
  LocalDate to;

  @Option(names = "--account", description = "one billing account id")
  String account;

  private final ProjectionExports exports;
  private final ProjectionRebuilds projections;

  ExportCommand(ProjectionExports exports, ProjectionRebuilds projections) {
    this.exports = exports;
    this.projections = projections;
  }

  @Override
  public Integer call() throws IOException {
    ExportKind exportKind;
    try {
      exportKind = ExportKind.parse(kind);
    } catch (IllegalArgumentException e) {
      System.err.println("export: " + e.getMessage());
      return 2;
    }
    String chosenFormat = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(out);
    if ("xlsx".equals(chosenFormat)) {
      System.err.println(
          "export: .xlsx is not available yet; use --format csv or a .csv file name");
      return 2;
    }
    if (!"csv".equals(chosenFormat)) {
      System.err.println("export: expected --format csv or xlsx, found '" + chosenFormat + "'");
      return 2;
    }

    ProjectionName projection = projectionOf(exportKind);
    if (!projections.catchUp(projection, CATCH_UP_MILLIS)) {
      System.err.println(
          "export: the " + projection.cliName() + " projection is behind; exporting what it has");
    }
    Path absolute = out.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    long rows;
    try (Writer writer =
        new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
      rows = exports.writeCsv(new ExportRequest(exportKind, from, to, account), writer);
    } catch (IllegalArgumentException e) {
      Files.deleteIfExists(partial);
      System.err.println("export: " + e.getMessage());
      return 2;
    }
    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("exported %d rows of %s to %s%n", rows, exportKind.cliName(), absolute);
    return 0;
  }

  private static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "csv" : name.substring(dot + 1);
  }

  private static ProjectionName projectionOf(ExportKind kind) {
    return switch (kind) {
      case JOURNAL, TRIAL_BALANCE -> ProjectionName.JOURNAL;
      case HISTORY -> ProjectionName.HISTORY;
      case AUDIT_TRAIL -> ProjectionName.AUDIT;
    };
  }
}
