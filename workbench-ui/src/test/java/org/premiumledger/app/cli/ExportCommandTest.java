package org.premiumledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.projections.api.ExportKind;
import org.premiumledger.projections.api.ExportRequest;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import picocli.CommandLine;

class ExportCommandTest {

  @TempDir Path directory;

  final List<ExportRequest> requests = new ArrayList<>();
  final List<ProjectionName> caughtUp = new ArrayList<>();

  @Test
  void writesTheCsvAfterBringingItsProjectionUpToDate() throws Exception {
    Path out = directory.resolve("journal.csv");

    int exit =
        command()
            .execute(
                "journal", "--out", out.toString(), "--from", "2027-01-01", "--account", "BA-1");

    assertThat(exit).isZero();
    assertThat(Files.readString(out)).isEqualTo("entry_id\r\n");
    assertThat(requests)
        .containsExactly(
            new ExportRequest(ExportKind.JOURNAL, LocalDate.of(2027, 1, 1), null, "BA-1"));
    assertThat(caughtUp).containsExactly(ProjectionName.JOURNAL);
    assertThat(directory.resolve("journal.csv.partial")).doesNotExist();
  }

  @Test
  void refusesXlsxByExtensionOrFormatAndWritesNothing() {
    Path xlsx = directory.resolve("trial.xlsx");

    assertThat(command().execute("trial-balance", "--out", xlsx.toString())).isEqualTo(2);
    assertThat(
            command()
                .execute(
                    "history", "--out", directory.resolve("h.csv").toString(), "--format", "xlsx"))
        .isEqualTo(2);
    assertThat(command().execute("cases", "--out", directory.resolve("c.csv").toString()))
        .isEqualTo(2);
    assertThat(xlsx).doesNotExist();
    assertThat(requests).isEmpty();
  }

  private CommandLine command() {
    ProjectionRebuilds projections =
        new ProjectionRebuilds() {
          @Override
          public RebuildReport rebuild(ProjectionName projection, long timeoutMillis) {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean catchUp(ProjectionName projection, long timeoutMillis) {
            caughtUp.add(projection);
            return true;
          }
        };
    return new CommandLine(
        new ExportCommand(
            (request, writer) -> {
              requests.add(request);
              writer.write("entry_id\r\n");
              return 0;
            },
            projections));
  }
}
