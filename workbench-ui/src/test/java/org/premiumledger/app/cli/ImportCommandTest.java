package org.premiumledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportRejection;

class ImportCommandTest {

  @Test
  void aRejectedFileIsPrintedWithEveryReason() {
    FileImportReport report =
        new FileImportReport(
            "deposit.csv",
            "lockbox",
            "ab12",
            false,
            0,
            0,
            0,
            0,
            0,
            0,
            List.of(
                new ImportRejection(
                    "deposit.csv", 7, "amount", "dollars such as 612.40", "'1,2'")));

    String printed = print(report);

    assertThat(printed)
        .contains("format            lockbox")
        .contains("REJECTED, nothing posted (1 faults)")
        .contains("deposit.csv line 7, field amount: expected dollars such as 612.40, found '1,2'");
  }

  @Test
  void aRepeatedFileSaysSoAndPrintsItsTotals() {
    FileImportReport report =
        new FileImportReport(
            "again.csv", "lockbox", "ab12", true, 3, 0, 61_240, 0, 3, 0, List.of());

    String printed = print(report);

    assertThat(printed)
        .contains("already imported")
        .contains("total credits     612.40")
        .contains("already present   3")
        .doesNotContain("REJECTED");
  }

  private static String print(FileImportReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImportCommand.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
