package org.premiumledger.app.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportPaymentFileCommand;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo} on an empty database, seeds a demo exchange by generating the files a real
 * exchange receives and importing them through the same intake as {@code import}. A database that
 * already holds billing accounts is left alone. Without {@code --demo} nothing is seeded.
 */
@Component
@ConditionalOnProperty(name = "premium-ledger.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
  static final int HOUSEHOLDS = 240;
  private static final java.util.Set<LedgerRefusal> NOT_BILLABLE =
      java.util.EnumSet.of(
          LedgerRefusal.MONTH_NOT_COVERED,
          LedgerRefusal.COVERAGE_ENDED,
          LedgerRefusal.BILL_ALREADY_ISSUED);

  private final CommandGateway directCommands;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;
  private final Path directory;

  DemoSeeder(
      org.axonframework.commandhandling.CommandBus commandBus,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${premium-ledger.ledger.zone:America/New_York}") ZoneId zone,
      @Value("${premium-ledger.data-dir:${java.io.tmpdir}/premium-ledger}") Path dataDirectory) {
    this.directCommands =
        org.axonframework.commandhandling.gateway.DefaultCommandGateway.builder()
            .commandBus(commandBus)
            .build();
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
    this.directory = dataDirectory.resolve("demo-files");
  }

  @Override
  public void run(ApplicationArguments arguments) throws Exception {
    Integer accounts =
        jdbc.queryForObject("select count(*) from ledger_billing_account", Integer.class);
    if (accounts != null && accounts > 0) {
      log.info("demo not seeded: the database already holds billing accounts={}", accounts);
      return;
    }
    long started = System.nanoTime();
    YearMonth lastMonth = YearMonth.from(LocalDate.now(clock.withZone(zone))).plusMonths(1);
    DemoExchange exchange =
        new DemoExchange(HOUSEHOLDS, lastMonth.minusMonths(12), lastMonth, directory);
    int files = 0;
    for (DemoExchange.Step step : exchange.generate()) {
      if (step instanceof DemoExchange.BillMonth bill) {
        issueBills(bill);
      } else if (step instanceof DemoExchange.ImportFile file) {
        importWithFallback(file);
        files++;
      }
    }
    log.info(
        "demo seeded households={} files={} millis={} directory={}",
        HOUSEHOLDS,
        files,
        (System.nanoTime() - started) / 1_000_000,
        directory);
  }

  /**
   * Issues a month's bills account by account, outside any other command: a refusal (a month not
   * covered, coverage ended) is an answer here, not a failure to retry.
   */
  private void issueBills(DemoExchange.BillMonth bill) {
    for (String account : bill.accounts()) {
      try {
        directCommands.sendAndWait(
            new IssueBillCommand(
                new BillingAccountId(account), bill.coverageMonth(), bill.issuedOn()));
      } catch (LedgerRefusedException refused) {
        if (!NOT_BILLABLE.contains(refused.refusal())) {
          throw refused;
        }
      }
    }
  }

  private void importWithFallback(DemoExchange.ImportFile file) {
    FileImportReport report = importFile(file.file());
    if (report.rejected() && file.fallback() != null) {
      log.info(
          "demo file not accepted, importing its payments in the generic layout instead"
              + " file={} reason={}",
          file.file().getFileName(),
          report.rejections().get(0).describe());
      report = importFile(file.fallback());
    }
    if (report.rejected()) {
      throw new IllegalStateException("demo file rejected: " + rejections(report.rejections()));
    }
  }

  private FileImportReport importFile(Path file) {
    return directCommands.sendAndWait(new ImportPaymentFileCommand(file, "demo-seed"));
  }

  private static String rejections(List<org.premiumledger.ledger.api.ImportRejection> all) {
    return all.stream().limit(3).map(r -> r.describe()).toList().toString();
  }
}
