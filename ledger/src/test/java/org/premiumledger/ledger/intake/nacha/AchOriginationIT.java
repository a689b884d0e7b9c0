package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.ledger.api.AchOriginationReport;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.OriginateAchRefundsCommand;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class AchOriginationIT {

  private static long nextTrace = 5_000_000 + (System.nanoTime() % 1_000) * 1_000;

  @Autowired NachaImporter importer;
  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path directory;

  @Test
  void writesPpdCreditsForApprovedAchRefundsToTheAccountOnFileAndReadsThemBack() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importDebits(accounts, first);
    String refund = "RF-" + UUID.randomUUID();
    commands.sendAndWait(
        new IssueRefundCommand(
            NachaPlanner.paymentIdOf(trace(first + 1)),
            refund,
            Money.usd(10_000),
            "APPROVAL-" + refund,
            LocalDate.of(2027, 1, 20)));
    Path out = directory.resolve("refunds.ach");

    AchOriginationReport report = commands.sendAndWait(new OriginateAchRefundsCommand(out, "test"));

    assertThat(report.wroteFile()).isTrue();
    assertThat(report.fileName()).isEqualTo("refunds.ach");
    NachaFile file = NachaParser.parse(Files.readAllBytes(out));
    assertThat(file.batches())
        .singleElement()
        .satisfies(
            batch -> {
              assertThat(batch.header().serviceClassCode()).isEqualTo(220);
              assertThat(batch.header().secCode()).isEqualTo("PPD");
              assertThat(batch.header().odfiId()).isEqualTo(NachaFixtures.OUR_ODFI_ID);
            });
    EntryDetail credit =
        file.entries().stream()
            .filter(entry -> entry.individualId().equals(accounts.get(1)))
            .findFirst()
            .orElseThrow();
    // the second debit came from savings account 987654321 at 026009593
    assertThat(credit.transactionCode()).isEqualTo(32);
    assertThat(credit.rdfiRoutingNumber()).isEqualTo("026009593");
    assertThat(credit.accountNumber()).isEqualTo("987654321");
    assertThat(credit.amountCents()).isEqualTo(10_000);
    assertThat(credit.traceNumber()).startsWith(NachaFixtures.OUR_ODFI_ID);
    assertThat(report.entries()).isEqualTo(file.entries().size());
    assertThat(report.creditCents())
        .isEqualTo(file.entries().stream().mapToLong(EntryDetail::amountCents).sum());
    assertThat(
            jdbc.queryForObject(
                "select trace_number from nacha_originated_refund where refund_reference = ?",
                String.class,
                refund))
        .isEqualTo(credit.traceNumber());
  }

  @Test
  void eachRefundGoesIntoExactlyOneFileEvenWhenTwoOriginationsRunAtOnce() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importDebits(accounts, first);
    List<String> refunds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String refund = "RF-" + UUID.randomUUID();
      refunds.add(refund);
      commands.sendAndWait(
          new IssueRefundCommand(
              NachaPlanner.paymentIdOf(trace(first + i)),
              refund,
              Money.usd(1_000 + i),
              "APPROVAL-" + refund,
              LocalDate.of(2027, 1, 20)));
    }
    Path one = directory.resolve("one.ach");
    Path two = directory.resolve("two.ach");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<AchOriginationReport>> both =
          List.of(
              () -> commands.sendAndWait(new OriginateAchRefundsCommand(one, "test")),
              () -> commands.sendAndWait(new OriginateAchRefundsCommand(two, "test")));
      for (var result : pool.invokeAll(both)) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
    AchOriginationReport third =
        commands.sendAndWait(
            new OriginateAchRefundsCommand(directory.resolve("three.ach"), "test"));

    List<String> credited = new ArrayList<>();
    for (Path file : List.of(one, two)) {
      if (Files.exists(file)) {
        NachaParser.parse(Files.readAllBytes(file)).entries().stream()
            .filter(entry -> accounts.contains(entry.individualId()))
            .forEach(entry -> credited.add(entry.individualId() + ":" + entry.amountCents()));
      }
    }
    assertThat(credited)
        .containsExactlyInAnyOrder(
            accounts.get(0) + ":1000", accounts.get(1) + ":1001", accounts.get(2) + ":1002");
    assertThat(third.wroteFile()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from nacha_originated_refund where refund_reference = any(?)",
                Long.class,
                (Object) refunds.toArray(String[]::new)))
        .isEqualTo(3);
  }

  @Test
  void neverOverwritesAFile() throws Exception {
    Path existing = Files.writeString(directory.resolve("sent.ach"), "already here");

    assertThatThrownBy(() -> commands.sendAndWait(new OriginateAchRefundsCommand(existing, "test")))
        .hasMessageContaining("already exists");
    assertThat(Files.readString(existing)).isEqualTo("already here");
  }

  @Test
  void theNextBusinessDaySkipsTheWeekend() {
    // 2027-01-08 is a Friday
    assertThat(AchOriginator.nextBusinessDay(LocalDate.of(2027, 1, 8)))
        .isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(AchOriginator.nextBusinessDay(LocalDate.of(2027, 1, 5)))
        .isEqualTo(LocalDate.of(2027, 1, 6));
  }

  private void importDebits(List<String> accounts, long first) throws Exception {
    Path file = directory.resolve(UUID.randomUUID() + ".ach");
    Files.write(file, NachaWriter.write(MalformedNachaFiles.validFile(accounts, first)));
    assertThat(importer.importFile(file, "test").posted()).isEqualTo(4);
  }

  private List<String> openAccounts(int count) {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "BA-" + UUID.randomUUID().toString().substring(0, 8);
      commands.sendAndWait(
          new OpenBillingAccountCommand(
              new BillingAccountId(id),
              new Household("Ana Diaz", "en", "ana@example.org", "555-0100", "email", "MA"),
              new Enrollment(
                  new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2027, 1, 1), null, 70_000, 10_000),
              Money.USD));
      accounts.add(id);
    }
    return accounts;
  }

  private static synchronized long traces(int count) {
    long first = nextTrace;
    nextTrace += count;
    return first;
  }

  private static String trace(long sequence) {
    return NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, sequence);
  }
}
