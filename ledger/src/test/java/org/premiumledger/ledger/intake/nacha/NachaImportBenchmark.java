package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk path of issue 3: importing a generated NACHA file of debits against PostgreSQL's COPY of
 * the same journal rows, on the same server, durable commits, the same pool and the same number of
 * concurrent writers; baseline and product alternate and the median of the pairs' ratios is
 * reported. Run with {@code benchmarks/nacha-import.sh} (see benchmarks/README.md); skipped in the
 * normal build.
 */
@PremiumLedgerIntegrationTest
class NachaImportBenchmark {

  private static final int ACCOUNTS =
      Integer.getInteger("premium-ledger.benchmark.accounts", 1_000);
  private static final LocalDate EFFECTIVE = LocalDate.of(2027, 2, 1);

  @Autowired NachaImporter importer;
  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired AchSettings ach;
  @Autowired ObjectMapper json;

  private long nextTrace = 1;

  @Test
  void importsANachaFileAgainstCopyOfTheSameJournalRows() throws Exception {
    Assumptions.assumeTrue(
        Boolean.getBoolean("premium-ledger.benchmark"), "run by benchmarks/nacha-import.sh");
    int entries = Integer.getInteger("premium-ledger.benchmark.entries", 100_000);
    int pairs = Integer.getInteger("premium-ledger.benchmark.pairs", 3);
    int writers = ach.getImportThreads();

    requireDurableCommits();
    if (Boolean.getBoolean("premium-ledger.benchmark.log-statements")) {
      jdbc.execute("alter database premium_ledger set log_statement = 'all'");
      dataSource
          .unwrap(com.zaxxer.hikari.HikariDataSource.class)
          .getHikariPoolMXBean()
          .softEvictConnections();
    }
    jdbc.execute(
        "create table if not exists bench_journal_entry (like journal_entry including all)");
    jdbc.execute("create table if not exists bench_journal_line (like journal_line including all)");
    List<String> accounts = openAccounts();
    Path directory = Files.createTempDirectory("nacha-benchmark");

    runProduct(directory, accounts, 1_000);
    runBaseline(accounts, 1_000, writers);

    List<Long> baselineMillis = new ArrayList<>();
    List<Long> productMillis = new ArrayList<>();
    Map<String, Long> productParts = new LinkedHashMap<>();
    for (int pair = 0; pair < pairs; pair++) {
      baselineMillis.add(runBaseline(accounts, entries, writers));
      productMillis.add(runProduct(directory, accounts, entries));
    }
    productParts.put("parse_ms", parseMillis(directory, accounts, entries));

    LedgerCheckReport check =
        queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
    printResult(entries, pairs, writers, baselineMillis, productMillis, productParts, check);
    assertThat(check.violations()).isEmpty();
    assertThat(check.ok()).isTrue();
  }

  /**
   * The embedded server starts with synchronous_commit off; the database's own setting overrides
   * that for every new session, and the pool's sessions are renewed to take it.
   */
  private void requireDurableCommits() throws Exception {
    jdbc.execute("alter database premium_ledger set synchronous_commit = on");
    dataSource
        .unwrap(com.zaxxer.hikari.HikariDataSource.class)
        .getHikariPoolMXBean()
        .softEvictConnections();
    assertThat(jdbc.queryForObject("select current_setting('synchronous_commit')", String.class))
        .isEqualTo("on");
  }

  private long runProduct(Path directory, List<String> accounts, int entries) throws Exception {
    Path file = directory.resolve("debits-" + nextTrace + ".ach");
    Files.write(file, NachaWriter.write(debitFile(accounts, entries)));

    long started = System.nanoTime();
    FileImportReport report = importer.importFile(file, "benchmark");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(report.rejections()).isEmpty();
    assertThat(report.posted()).isEqualTo(entries);
    Files.delete(file);
    return millis;
  }

  private long parseMillis(Path directory, List<String> accounts, int entries) throws Exception {
    byte[] content = NachaWriter.write(debitFile(accounts, entries));
    long started = System.nanoTime();
    NachaParser.parse(content);
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** The same rows the product writes to the journal: one entry and two lines per debit. */
  private long runBaseline(List<String> accounts, int entries, int writers) throws Exception {
    jdbc.execute("truncate bench_journal_line, bench_journal_entry");
    List<StringBuilder> entryRows = new ArrayList<>();
    List<StringBuilder> lineRows = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      entryRows.add(new StringBuilder());
      lineRows.add(new StringBuilder());
    }
    String recordedAt = java.time.Instant.now().toString();
    for (int i = 0; i < entries; i++) {
      UUID entryId = UUID.randomUUID();
      String account = accounts.get(i % accounts.size());
      long cents = 10_000 + i % 50_000;
      int writer = i % writers;
      entryRows
          .get(writer)
          .append(entryId)
          .append('\t')
          .append(UUID.randomUUID())
          .append("\tPAYMENT_RECEIVED\tUSD\t")
          .append(EFFECTIVE)
          .append('\t')
          .append(recordedAt)
          .append('\t')
          .append(account)
          .append("\t\\N\t")
          .append(cents)
          .append('\t')
          .append(cents)
          .append('\n');
      lineRows
          .get(writer)
          .append(entryId)
          .append("\t1\tclearing:ach\tclearing\tD\t")
          .append(cents)
          .append('\n')
          .append(entryId)
          .append("\t2\treceivable:enrollee:")
          .append(account)
          .append("\treceivable\tC\t")
          .append(cents)
          .append('\n');
    }

    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Void>> copies = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String entryData = entryRows.get(i).toString();
        String lineData = lineRows.get(i).toString();
        copies.add(() -> copy(entryData, lineData));
      }
      long started = System.nanoTime();
      for (Future<Void> copy : pool.invokeAll(copies)) {
        copy.get();
      }
      return (System.nanoTime() - started) / 1_000_000;
    } finally {
      pool.shutdownNow();
    }
  }

  private Void copy(String entryData, String lineData) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
      copyApi.copyIn(
          "copy bench_journal_entry (entry_id, event_identifier, posting_rule, currency,"
              + " business_date, recorded_at, billing_account_id, corrects_entry_id, debit_cents,"
              + " credit_cents) from stdin",
          new StringReader(entryData));
      copyApi.copyIn(
          "copy bench_journal_line (entry_id, line_number, account_code, account_family, side,"
              + " amount_cents) from stdin",
          new StringReader(lineData));
      connection.commit();
    }
    return null;
  }

  private NachaFile debitFile(List<String> accounts, int entries) {
    List<EntryDetail> debits = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      String account = accounts.get(i % accounts.size());
      debits.add(
          new EntryDetail(
              0,
              27,
              "011000028",
              "4" + String.format("%08d", i % accounts.size()),
              10_000 + i % 50_000,
              account,
              "HOUSEHOLD " + (i % accounts.size()),
              "  ",
              NachaFixtures.trace(ach.odfiId(), nextTrace++),
              null));
    }
    return new NachaFile(
        NachaFixtures.header('A'),
        List.of(
            new Batch(NachaFixtures.batchHeader(225, "PPD", ach.odfiId(), EFFECTIVE, 1), debits)));
  }

  private List<String> openAccounts() throws Exception {
    List<String> accounts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Object>> opens = new ArrayList<>();
      for (int i = 0; i < ACCOUNTS; i++) {
        String id = "BN-" + UUID.randomUUID().toString().substring(0, 10);
        accounts.add(id);
        opens.add(
            () ->
                commands.sendAndWait(
                    new OpenBillingAccountCommand(
                        new BillingAccountId(id),
                        new Household("Bench Mark", "en", null, null, "mail", "MA"),
                        new Enrollment(
                            new IssuerId("ISS-1"),
                            "PLAN-1",
                            LocalDate.of(2027, 1, 1),
                            null,
                            70_000,
                            10_000),
                        Money.USD)));
      }
      for (Future<Object> open : pool.invokeAll(opens)) {
        open.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return accounts;
  }

  private void printResult(
      int entries,
      int pairs,
      int writers,
      List<Long> baselineMillis,
      List<Long> productMillis,
      Map<String, Long> productParts,
      LedgerCheckReport check)
      throws Exception {
    double[] ratios = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      ratios[i] = (double) baselineMillis.get(i) / productMillis.get(i);
    }
    double medianRatio = median(ratios);
    double medianProduct = median(productMillis.stream().mapToDouble(Long::doubleValue).toArray());
    double medianBaseline =
        median(baselineMillis.stream().mapToDouble(Long::doubleValue).toArray());

    ObjectNode line = json.createObjectNode();
    line.put("phase", "bulk-nacha-import");
    line.put("entries", entries);
    line.put("pairs", pairs);
    line.put("baseline", "postgresql-copy-of-the-same-journal-rows");
    line.put("concurrent_writers", writers);
    line.put(
        "synchronous_commit",
        jdbc.queryForObject("select current_setting('synchronous_commit')", String.class));
    line.putPOJO("baseline_ms", baselineMillis);
    line.putPOJO("product_ms", productMillis);
    line.put("baseline_entries_per_second", Math.round(entries * 1000.0 / medianBaseline));
    line.put("product_entries_per_second", Math.round(entries * 1000.0 / medianProduct));
    line.put("median_ratio", Math.round(medianRatio * 10_000) / 10_000.0);
    line.put("target_ratio", 0.05);
    line.put("stretch_ratio", 0.10);
    line.putPOJO("product_parts_ms", productParts);
    line.put("ledger_check_ok", check.ok());
    System.out.println(json.writeValueAsString(line));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
