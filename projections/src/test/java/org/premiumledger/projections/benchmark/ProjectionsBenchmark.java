package org.premiumledger.projections.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.projections.api.FetchPaymentHistoryQuery;
import org.premiumledger.projections.api.FindPaymentsQuery;
import org.premiumledger.projections.api.FindPaymentsResponse;
import org.premiumledger.projections.api.PaymentHistoryResponse;
import org.premiumledger.projections.api.PaymentSort;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import org.premiumledger.projections.platform.Keyset;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projections' speed targets (issue 4), measured on the embedded PostgreSQL of a test context.
 * Not a test (its name matches no surefire pattern); run it with {@code benchmarks/projections.sh}.
 * Prints one JSON line per phase with its ratio against a baseline measured in the same run.
 */
@PremiumLedgerIntegrationTest
class ProjectionsBenchmark {

  static final int FRESHNESS_SECONDS = Integer.getInteger("benchmark.freshness-seconds", 60);
  static final int REBUILD_PAYMENTS = Integer.getInteger("benchmark.rebuild-payments", 20_000);
  static final int READ_PAYMENTS = Integer.getInteger("benchmark.read-payments", 1_000_000);
  static final int READ_ACCOUNTS = Integer.getInteger("benchmark.read-accounts", 100_000);
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 2_000);
  static final List<String> TABLES =
      List.of(
          "pj_account",
          "pj_bill",
          "pj_account_history",
          "pj_payment",
          "pj_payment_step",
          "pj_intake_exception",
          "pj_journal_entry",
          "pj_journal_line",
          "pj_audit_event");

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired EventProcessingConfiguration processing;
  @Autowired ProjectionRebuilds rebuilds;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired EventStore eventStore;
  @Autowired org.axonframework.common.transaction.TransactionManager axonTransactions;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer eventSerializer;

  @Test
  void measure() throws Exception {
    List<BillingAccountId> accounts = openAccounts(100);
    freshness(accounts);
    rebuild(accounts);
    reads();
  }

  /**
   * Open-loop load at half the closed-loop maximum of recording a payment; freshness is the time
   * from a command's commit (its answer) until its row is in the payments projection.
   */
  private void freshness(List<BillingAccountId> accounts) throws Exception {
    double maxPerSecond = closedLoopRate(accounts, 5);
    double ratePerSecond = Math.max(1, maxPerSecond / 2);
    long intervalNanos = (long) (1_000_000_000 / ratePerSecond);
    Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
    List<long[]> freshness = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLong failures = new AtomicLong();
    ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
    long started = System.nanoTime();
    load.scheduleAtFixedRate(
        () -> {
          try {
            PaymentRecordedResponse recorded = commands.sendAndWait(payment(accounts));
            committedAt.put(UUID.fromString(recorded.paymentId().value()), System.nanoTime());
          } catch (RuntimeException e) {
            failures.incrementAndGet();
          }
        },
        0,
        intervalNanos,
        TimeUnit.NANOSECONDS);
    long end = started + FRESHNESS_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < end || !committedAt.isEmpty()) {
      if (System.nanoTime() >= end) {
        load.shutdownNow();
      }
      if (!committedAt.isEmpty()) {
        List<UUID> seen =
            jdbc.queryForList(
                "select payment_id from pj_payment where payment_id = any(?)",
                UUID.class,
                (Object) committedAt.keySet().toArray(new UUID[0]));
        long now = System.nanoTime();
        for (UUID id : seen) {
          Long at = committedAt.remove(id);
          if (at != null) {
            freshness.add(new long[] {at - started, now - at});
          }
        }
      }
      Thread.sleep(2);
    }
    load.shutdownNow();
    long half = FRESHNESS_SECONDS * 500_000_000L;
    long[] all = freshness.stream().mapToLong(f -> f[1]).toArray();
    long[] first = freshness.stream().filter(f -> f[0] < half).mapToLong(f -> f[1]).toArray();
    long[] second = freshness.stream().filter(f -> f[0] >= half).mapToLong(f -> f[1]).toArray();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("maxPaymentsPerSecond", round(maxPerSecond));
    figures.put("loadPaymentsPerSecond", round(ratePerSecond));
    figures.put("events", all.length);
    figures.put("failedCommands", failures.get());
    figures.put("p50Millis", millis(percentile(all, 50)));
    figures.put("p99Millis", millis(percentile(all, 99)));
    figures.put("p99FirstHalfMillis", millis(percentile(first, 99)));
    figures.put("p99SecondHalfMillis", millis(percentile(second, 99)));
    figures.put("targetP99Millis", 250);
    figures.put("ratio", round(250 / Math.max(0.001, millis(percentile(all, 99)))));
    print("freshness", figures);
  }

  private double closedLoopRate(List<BillingAccountId> accounts, int seconds) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(
          threads.submit(
              () -> {
                while (System.nanoTime() < end) {
                  commands.sendAndWait(payment(accounts));
                  done.incrementAndGet();
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    threads.shutdown();
    return done.get() / (double) seconds;
  }

  /**
   * Replays every event into all four projections (their processors, tokens reset) against the same
   * handlers fed by a plain JDBC cursor over the event table in batches of 100 per transaction.
   */
  private void rebuild(List<BillingAccountId> accounts) throws Exception {
    publishPayments(accounts, REBUILD_PAYMENTS);
    for (ProjectionName projection : ProjectionName.values()) {
      rebuilds.catchUp(projection, 600_000);
    }
    long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

    for (ProjectionName projection : ProjectionName.values()) {
      processing
          .eventProcessor(projection.processorName(), TrackingEventProcessor.class)
          .orElseThrow()
          .shutDown();
    }
    jdbc.execute("truncate table " + String.join(", ", TABLES));
    long baselineStarted = System.nanoTime();
    feedThroughJdbcCursor();
    double baselineSeconds = (System.nanoTime() - baselineStarted) / 1e9;
    Map<String, Long> baselineRows = rowCounts();

    long rebuildStarted = System.nanoTime();
    ExecutorService parallel = Executors.newFixedThreadPool(ProjectionName.values().length);
    List<Future<ProjectionRebuilds.RebuildReport>> reports = new ArrayList<>();
    for (ProjectionName projection : ProjectionName.values()) {
      reports.add(parallel.submit(() -> rebuilds.rebuild(projection, 1_800_000)));
    }
    boolean caughtUp = true;
    for (Future<ProjectionRebuilds.RebuildReport> report : reports) {
      caughtUp &= report.get().caughtUp();
    }
    parallel.shutdown();
    double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("events", events);
    figures.put("caughtUp", caughtUp);
    figures.put("sameRowsAsBaseline", rowCounts().equals(baselineRows));
    figures.put("baselineEventsPerSecond", round(events / baselineSeconds));
    figures.put("rebuildEventsPerSecond", round(events / rebuildSeconds));
    figures.put("target", 0.25);
    figures.put("ratio", round(baselineSeconds / rebuildSeconds));
    print("rebuild", figures);
  }

  /** Appends payment events straight to the store (500 per transaction), as a busy day would. */
  private void publishPayments(List<BillingAccountId> accounts, int count) {
    List<EventMessage<?>> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BillingAccountId account = accounts.get(i % accounts.size());
      PaymentIdentity identity = PaymentIdentity.processor(Rail.CARD, "bench-" + UUID.randomUUID());
      PaymentId payment = PaymentId.forIdentity(identity);
      long cents = 1_000 + i % 10_000;
      JournalEntry entry =
          new JournalEntry(
              UUID.randomUUID(),
              PostingRule.PAYMENT_RECEIVED,
              Money.USD,
              LocalDate.of(2027, 1, 5),
              List.of(
                  JournalLine.debit(LedgerAccount.clearing(Rail.CARD), cents),
                  JournalLine.credit(LedgerAccount.receivable(account), cents)),
              null);
      batch.add(
          new GenericDomainEventMessage<>(
              "Payment",
              payment.value(),
              0,
              new PaymentReceivedEvent(
                  payment,
                  identity,
                  account,
                  Rail.CARD,
                  Money.usd(cents),
                  Instant.parse("2027-01-05T15:00:00Z"),
                  null,
                  new PaymentMethod("Visa", "4242", 12, 2030),
                  entry)));
      if (batch.size() == 500 || i == count - 1) {
        List<EventMessage<?>> append = List.copyOf(batch);
        axonTransactions.executeInTransaction(() -> eventStore.publish(append));
        batch.clear();
      }
    }
  }

  private void feedThroughJdbcCursor() {
    Map<ProjectionName, SimpleEventHandlerInvoker> invokers = new LinkedHashMap<>();
    invokers.put(
        ProjectionName.HISTORY, invoker("accountStatusProjection", "accountHistoryProjection"));
    invokers.put(ProjectionName.PAYMENTS, invoker("paymentProjection"));
    invokers.put(ProjectionName.JOURNAL, invoker("journalProjection"));
    invokers.put(ProjectionName.AUDIT, invoker("auditProjection"));
    List<EventMessage<?>> batch = new ArrayList<>();
    transaction.execute(
        status -> {
          jdbc.setFetchSize(1_000);
          jdbc.query(
              """
              select global_index, event_identifier, aggregate_identifier, sequence_number, type,
                     time_stamp, payload_type, payload_revision, payload, meta_data
                from domain_event_entry order by global_index
              """,
              row -> {
                batch.add(message(row));
                if (batch.size() == 100) {
                  handleInOwnTransaction(invokers, batch);
                  batch.clear();
                }
              });
          return null;
        });
    jdbc.setFetchSize(-1);
    handleInOwnTransaction(invokers, batch);
  }

  private void handleInOwnTransaction(
      Map<ProjectionName, SimpleEventHandlerInvoker> invokers, List<EventMessage<?>> batch) {
    List<EventMessage<?>> copy = List.copyOf(batch);
    TransactionTemplate separate = new TransactionTemplate(transaction.getTransactionManager());
    separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    separate.execute(
        status -> {
          for (EventMessage<?> message : copy) {
            for (SimpleEventHandlerInvoker invoker : invokers.values()) {
              try {
                invoker.handle(message, Segment.ROOT_SEGMENT);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
          }
          return null;
        });
  }

  private SimpleEventHandlerInvoker invoker(String... beans) {
    return SimpleEventHandlerInvoker.builder()
        .eventHandlers(Arrays.stream(beans).map(context::getBean).toList())
        .build();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private EventMessage<?> message(ResultSet row) throws java.sql.SQLException {
    SerializedObject<byte[]> payload =
        new SimpleSerializedObject<>(
            row.getBytes("payload"),
            byte[].class,
            row.getString("payload_type"),
            row.getString("payload_revision"));
    SerializedObject<byte[]> metaData =
        new SimpleSerializedObject<>(
            row.getBytes("meta_data"), byte[].class, MetaData.class.getName(), null);
    GenericDomainEventMessage<?> event =
        new GenericDomainEventMessage(
            row.getString("type"),
            row.getString("aggregate_identifier"),
            row.getLong("sequence_number"),
            eventSerializer.deserialize(payload),
            (MetaData) eventSerializer.deserialize(metaData),
            row.getString("event_identifier"),
            Instant.parse(row.getString("time_stamp")));
    return new GenericTrackedDomainEventMessage(
        new GlobalSequenceTrackingToken(row.getLong("global_index")), event);
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  /**
   * With READ_PAYMENTS payments over READ_ACCOUNTS accounts, the newest history page of an account
   * against a primary-key lookup on the same table, and payment search page 1000 against page 1.
   */
  private void reads() {
    long loadStarted = System.nanoTime();
    jdbc.update(
        """
        insert into pj_account (billing_account_id, household_name, language, state, currency,
            issuer_id, plan_id, coverage_start, coverage_kind, balance_cents, opened_at)
        select 'BENCH-' || a, 'Bench Household ' || a, 'en', 'MA', 'USD', 'ISS-1', 'PLAN-1',
               date '2027-01-01', 'CURRENT', 0, timestamptz '2027-01-01'
          from generate_series(1, ?) a
        """,
        READ_ACCOUNTS);
    jdbc.update(
        """
        insert into pj_account_history (billing_account_id, global_index, event_identifier,
            recorded_at, business_date, posting_rule, entry_id, payment_id, reference, debit_cents,
            credit_cents, balance_after_cents)
        select 'BENCH-' || (i % ? + 1), 1000000000 + i, 'bench-' || i,
               timestamptz '2027-01-01' + i * interval '1 second', date '2027-01-01',
               'PAYMENT_RECEIVED', gen_random_uuid(), gen_random_uuid(), 'ref-' || i, 0, 1000,
               -1000 * (i / ? + 1)
          from generate_series(0, ? - 1) i
        """,
        READ_ACCOUNTS, READ_ACCOUNTS, READ_PAYMENTS);
    jdbc.update(
        """
        insert into pj_payment (payment_id, billing_account_id, identity_source, identity_reference,
            rail, amount_cents, currency, received_at, received_on, method_brand, method_last4,
            status, refunded_cents, charged_back_cents, fees_cents, recovery_required, global_index)
        select gen_random_uuid(), 'BENCH-' || (i % ? + 1), 'processor-card', 'bench-ref-' || i,
               'card', 1000 + i % 5000, 'USD', timestamptz '2027-01-01' + i * interval '1 second',
               date '2027-01-01', 'Visa', lpad((i % 10000)::text, 4, '0'), 'RECEIVED', 0, 0, 0,
               false, 1000000000 + i
          from generate_series(0, ? - 1) i
        """,
        READ_ACCOUNTS, READ_PAYMENTS);
    jdbc.execute("analyze pj_account_history");
    jdbc.execute("analyze pj_payment");
    jdbc.execute("analyze pj_account");
    double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

    long[] primaryKey = new long[SAMPLES];
    long[] newestPageSql = new long[SAMPLES];
    long[] newestPage = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      int account = ThreadLocalRandom.current().nextInt(READ_ACCOUNTS) + 1;
      long index = 1_000_000_000L + account - 1;
      long started = System.nanoTime();
      jdbc.queryForList(
          "select * from pj_account_history where billing_account_id = ? and global_index = ?",
          "BENCH-" + account,
          index);
      primaryKey[i] = System.nanoTime() - started;

      started = System.nanoTime();
      jdbc.queryForList(
          "select * from pj_account_history where billing_account_id = ?"
              + " order by global_index desc limit 21",
          "BENCH-" + account);
      newestPageSql[i] = System.nanoTime() - started;

      started = System.nanoTime();
      queries
          .query(
              new FetchPaymentHistoryQuery(new BillingAccountId("BENCH-" + account), 20, null),
              PaymentHistoryResponse.class)
          .join();
      newestPage[i] = System.nanoTime() - started;
    }

    Map<String, Object> page =
        jdbc.queryForMap(
            "select received_at, payment_id from pj_payment"
                + " order by received_at desc, payment_id desc offset ? limit 1",
            999 * 20 - 1);
    String cursor =
        Keyset.encode(
            ((java.sql.Timestamp) page.get("received_at")).toInstant(), page.get("payment_id"));
    long[] firstPage = new long[SAMPLES];
    long[] thousandthPage = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long started = System.nanoTime();
      FindPaymentsResponse first = queries.query(search(null), FindPaymentsResponse.class).join();
      firstPage[i] = System.nanoTime() - started;
      started = System.nanoTime();
      FindPaymentsResponse later = queries.query(search(cursor), FindPaymentsResponse.class).join();
      thousandthPage[i] = System.nanoTime() - started;
      if (first.hits().size() != 20 || later.hits().size() != 20) {
        throw new IllegalStateException("expected full pages");
      }
    }

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("payments", READ_PAYMENTS);
    figures.put("accounts", READ_ACCOUNTS);
    figures.put("loadSeconds", round(loadSeconds));
    figures.put("primaryKeyP99Millis", millis(percentile(primaryKey, 99)));
    figures.put("newestHistoryPageSqlP99Millis", millis(percentile(newestPageSql, 99)));
    figures.put("historyPageVsPrimaryKeyRatio", round(ratio(newestPageSql, primaryKey)));
    figures.put("newestHistoryPageViaQueryGatewayP99Millis", millis(percentile(newestPage, 99)));
    figures.put("historyTarget", "<= 2");
    figures.put("searchPage1P99Millis", millis(percentile(firstPage, 99)));
    figures.put("searchPage1000P99Millis", millis(percentile(thousandthPage, 99)));
    figures.put("page1000VsPage1Ratio", round(ratio(thousandthPage, firstPage)));
    figures.put("pageTarget", "<= 1");
    print("reads", figures);
  }

  private static FindPaymentsQuery search(String after) {
    return new FindPaymentsQuery(
        null, null, null, null, null, null, null, null, PaymentSort.NEWEST_FIRST, 20, after);
  }

  private List<BillingAccountId> openAccounts(int count) {
    List<BillingAccountId> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BillingAccountId account = new BillingAccountId("BENCH-LIVE-" + UUID.randomUUID());
      commands.sendAndWait(
          new OpenBillingAccountCommand(
              account,
              new Household("Live Household " + i, "en", null, null, "mail", null),
              new Enrollment(
                  new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2027, 1, 1), null, 50_000, 30_000),
              Money.USD));
      accounts.add(account);
    }
    return accounts;
  }

  private static RecordPaymentCommand payment(List<BillingAccountId> accounts) {
    BillingAccountId account = accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()));
    return new RecordPaymentCommand(
        PaymentIdentity.processor(Rail.CARD, "bench-" + UUID.randomUUID()),
        account,
        Rail.CARD,
        Money.usd(1_000 + ThreadLocalRandom.current().nextInt(10_000)),
        Instant.parse("2027-01-05T15:00:00Z"),
        null,
        new PaymentMethod("Visa", "4242", 12, 2030));
  }

  private static long percentile(long[] values, int percentile) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static double ratio(long[] measured, long[] baseline) {
    return percentile(measured, 99) / (double) Math.max(1, percentile(baseline, 99));
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private void print(String phase, Map<String, ?> figures) throws RuntimeException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("benchmark", "projections");
    line.put("phase", phase);
    line.putAll(figures);
    try {
      System.out.println("BENCHMARK " + json.writeValueAsString(line));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
