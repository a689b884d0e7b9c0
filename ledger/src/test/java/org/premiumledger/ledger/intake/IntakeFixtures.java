package org.premiumledger.ledger.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportPaymentFileCommand;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files written for a test, imported through the command, and the book read back. */
final class IntakeFixtures {

  static final String ENROLLMENT_HEADER =
      "billing_account_id,subscriber_name,language,email,phone,notification_channel,issuer_id,"
          + "plan_id,coverage_start,coverage_end,effective_date,gross_premium,aptc,state";

  private final CommandGateway commands;
  private final JdbcTemplate jdbc;
  private final Path directory;

  IntakeFixtures(CommandGateway commands, JdbcTemplate jdbc, Path directory) {
    this.commands = commands;
    this.jdbc = jdbc;
    this.directory = directory;
  }

  static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
  }

  Path write(String name, String content) {
    try {
      return Files.writeString(directory.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FileImportReport importFile(Path file) {
    return commands.sendAndWait(new ImportPaymentFileCommand(file, "test"));
  }

  FileImportReport importText(String name, String content) {
    return importFile(write(name, content));
  }

  /** Opens accounts through an enrollment file: gross 500.00, APTC 300.00, net 200.00. */
  void openAccounts(String... accounts) {
    StringBuilder file = new StringBuilder(ENROLLMENT_HEADER).append('\n');
    for (String account : accounts) {
      file.append(account)
          .append(",Ana Diaz,es,ana@example.org,555-0100,email,ISS-1,PLAN-1,2027-01-01,,,")
          .append("500.00,300.00,MA\n");
    }
    FileImportReport report = importText(id("enroll") + ".csv", file.toString());
    if (report.rejected()) {
      throw new AssertionError(report.rejections());
    }
  }

  /** Debit minus credit of an account, in cents. */
  long balance(String accountCode) {
    Long balance =
        jdbc.queryForObject(
            "select coalesce(sum(case when side = 'D' then amount_cents else -amount_cents end), 0)"
                + " from journal_line where account_code = ?",
            Long.class,
            accountCode);
    return balance == null ? 0 : balance;
  }

  long journalEntries() {
    Long count = jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    return count == null ? 0 : count;
  }

  long events() {
    Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    return count == null ? 0 : count;
  }
}
