package org.premiumledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.cli.CommandLineLauncher;
import org.premiumledger.testsupport.TestDatabase;

/** The subcommands as a script would run them: output, JSON shape and exit codes. */
class CommandLineIT {

  @Test
  void billingTwiceBillsNothingTheSecondTimeAndTheLedgerChecksOutAsJson() throws Exception {
    String dataDir = dataDirectory();

    Run firstBill = run("bill", "--month", "2027-01", "--data-dir", dataDir);
    Run check = run("ledger", "check", "--json", "--data-dir", dataDir);

    assertThat(firstBill.exitCode()).isZero();
    assertThat(firstBill.output()).contains("coverage month 2027-01:");
    assertThat(check.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(check.output().trim());
    assertThat(json.get("ok").asBoolean()).isTrue();
    assertThat(json.get("debits").asLong()).isEqualTo(json.get("credits").asLong());
    assertThat(json.has("entries")).isTrue();
    assertThat(json.get("balances").isObject()).isTrue();
  }

  @Test
  void anUnknownSubcommandOptionIsAnErrorExit() throws Exception {
    Run run = run("bill", "--month", "not-a-month", "--data-dir", dataDirectory());

    assertThat(run.exitCode()).isNotZero();
  }

  private static String dataDirectory() {
    Object configured = TestDatabase.properties().get("premium-ledger.data-dir");
    return configured == null
        ? Path.of("target", "cli-test").toAbsolutePath().toString()
        : configured.toString();
  }

  private record Run(int exitCode, String output) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exitCode =
          CommandLineLauncher.run(PremiumLedgerApplication.class, CommandLineLauncher.parse(args));
      return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
