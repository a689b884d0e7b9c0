import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The portal path: 8 concurrent clients record payments through the JSON API, each on its own
 * billing accounts, against a baseline of 8 JDBC connections that each insert the same payment and
 * its journal entry with two lines in one plain transaction, on the same PostgreSQL with the same
 * (durable) commit settings. Baseline and product rounds alternate; the ratio of each pair
 * (product / baseline payments per second) is taken and the median reported.
 *
 * <p>Arguments: base URL, API key, data directory of the running server.
 */
public class PortalPathBenchmark {

  static final int CLIENTS = 8;
  static final int PAYMENTS_PER_CLIENT_PER_ROUND = 60;
  static final int PAIRS = 5;

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String apiKey = args[1];
    Path dataDirectory = Path.of(args[2]);
    Path pidFile = dataDirectory.resolve("pgdata/postmaster.pid");
    int port = Integer.parseInt(Files.readAllLines(pidFile).get(3).trim());
    String jdbcUrl = "jdbc:postgresql://localhost:" + port + "/premium_ledger";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String run = UUID.randomUUID().toString().substring(0, 8);

    List<String> accounts = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      String account = "BENCH-" + run + "-" + client;
      accounts.add(account);
      send(http, baseUrl, apiKey, "PUT", "/api/v1/accounts/" + account, accountBody(), 201);
    }
    createBaselineTables(jdbcUrl);

    // one warm-up round of each, not counted
    productRound(http, baseUrl, apiKey, accounts, run + "-w");
    baselineRound(jdbcUrl, accounts);

    List<Double> ratios = new ArrayList<>();
    List<Double> baselineRates = new ArrayList<>();
    List<Double> productRates = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      double baseline = baselineRound(jdbcUrl, accounts);
      double product = productRound(http, baseUrl, apiKey, accounts, run + "-" + pair);
      baselineRates.add(baseline);
      productRates.add(product);
      ratios.add(product / baseline);
    }
    System.out.printf(
        "{\"phase\":\"portal-path\",\"clients\":%d,\"pairs\":%d,\"payments_per_round\":%d,"
            + "\"baseline_payments_per_second_median\":%.1f,"
            + "\"product_payments_per_second_median\":%.1f,\"ratio_median\":%.3f,"
            + "\"target_ratio\":0.30}%n",
        CLIENTS, PAIRS, CLIENTS * PAYMENTS_PER_CLIENT_PER_ROUND, median(baselineRates),
        median(productRates), median(ratios));
  }

  static double productRound(HttpClient http, String baseUrl, String apiKey, List<String> accounts,
      String round) throws Exception {
    return timed(client -> {
      for (int i = 0; i < PAYMENTS_PER_CLIENT_PER_ROUND; i++) {
        String reference = "bench-" + round + "-" + client + "-" + i;
        String body = "{\"billingAccountId\":\"" + accounts.get(client) + "\",\"amountCents\":1234,"
            + "\"currency\":\"USD\",\"rail\":\"card\",\"processorReference\":\"" + reference
            + "\",\"method\":{\"brand\":\"Visa\",\"last4\":\"4242\",\"expiryMonth\":12,"
            + "\"expiryYear\":2030},\"receivedAt\":\"2027-01-05T15:00:00Z\"}";
        send(http, baseUrl, apiKey, "POST", "/api/v1/payments", body, 201, reference);
      }
      return null;
    });
  }

  static double baselineRound(String jdbcUrl, List<String> accounts) throws Exception {
    return timed(client -> {
      try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
        connection.setAutoCommit(false);
        try (PreparedStatement payment = connection.prepareStatement(
                "insert into bench.payment (payment_id, identity_key, billing_account_id, rail,"
                    + " amount_cents, currency, received_at) values (?, ?, ?, 'card', 1234, 'USD',"
                    + " now())");
            PreparedStatement entry = connection.prepareStatement(
                "insert into bench.journal_entry (entry_id, posting_rule, currency, business_date,"
                    + " recorded_at, billing_account_id, debit_cents, credit_cents)"
                    + " values (?, 'PAYMENT_RECEIVED', 'USD', current_date, now(), ?, 1234, 1234)");
            PreparedStatement line = connection.prepareStatement(
                "insert into bench.journal_line (entry_id, line_number, account_code, side,"
                    + " amount_cents) values (?, ?, ?, ?, 1234)")) {
          for (int i = 0; i < PAYMENTS_PER_CLIENT_PER_ROUND; i++) {
            UUID paymentId = UUID.randomUUID();
            UUID entryId = UUID.randomUUID();
            payment.setObject(1, paymentId);
            payment.setString(2, "processor-card:" + paymentId);
            payment.setString(3, accounts.get(client));
            payment.executeUpdate();
            entry.setObject(1, entryId);
            entry.setString(2, accounts.get(client));
            entry.executeUpdate();
            line.setObject(1, entryId);
            line.setInt(2, 1);
            line.setString(3, "clearing:card");
            line.setString(4, "D");
            line.executeUpdate();
            line.setInt(2, 2);
            line.setString(3, "receivable:enrollee:" + accounts.get(client));
            line.setString(4, "C");
            line.executeUpdate();
            connection.commit();
          }
        }
      }
      return null;
    });
  }

  interface ClientWork {
    Void run(int client) throws Exception;
  }

  /** Runs the work on 8 clients at once; answers payments per second. */
  static double timed(ClientWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Callable<Void>> clients = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int id = client;
        clients.add(() -> work.run(id));
      }
      long started = System.nanoTime();
      for (Future<Void> done : pool.invokeAll(clients)) {
        done.get();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return CLIENTS * PAYMENTS_PER_CLIENT_PER_ROUND / seconds;
    } finally {
      pool.shutdown();
    }
  }

  static void createBaselineTables(String jdbcUrl) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists bench cascade");
      statement.execute("create schema bench");
      statement.execute("create table bench.payment (payment_id uuid primary key,"
          + " identity_key varchar(200) not null unique, billing_account_id varchar(64),"
          + " rail varchar(16) not null, amount_cents bigint not null, currency char(3) not null,"
          + " received_at timestamptz not null)");
      statement.execute("create table bench.journal_entry (entry_id uuid primary key,"
          + " posting_rule varchar(48) not null, currency char(3) not null,"
          + " business_date date not null, recorded_at timestamptz not null,"
          + " billing_account_id varchar(64), debit_cents bigint not null,"
          + " credit_cents bigint not null, check (debit_cents = credit_cents))");
      statement.execute("create table bench.journal_line (entry_id uuid not null references"
          + " bench.journal_entry (entry_id), line_number smallint not null,"
          + " account_code varchar(96) not null, side char(1) not null,"
          + " amount_cents bigint not null, primary key (entry_id, line_number))");
      statement.execute("create index on bench.journal_line (account_code)");
    }
  }

  static void send(HttpClient http, String baseUrl, String apiKey, String method, String path,
      String body, int expectedStatus, String... idempotencyKey) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey.length > 0) {
      request.header("Idempotency-Key", idempotencyKey[0]);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expectedStatus) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode()
          + ": " + response.body());
    }
  }

  static String accountBody() {
    return "{\"subscriberName\":\"Bench Mark\",\"language\":\"en\","
        + "\"email\":\"bench@example.org\",\"issuerId\":\"ISS-BENCH\",\"planId\":\"P-1\","
        + "\"coverageStart\":\"2027-01-01\",\"state\":\"MA\",\"grossPremiumCents\":50000,"
        + "\"aptcCents\":30000}";
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
