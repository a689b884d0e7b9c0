package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.FetchQuarantinedFilesQuery;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.QuarantinedFilesResponse;
import org.premiumledger.ledger.intake.nacha.MalformedNachaFiles.Malformed;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class NachaImportIT {

  /** Trace sequences handed out to tests: each test's payments have their own trace numbers. */
  private static final AtomicLong TRACES =
      new AtomicLong(1_000 + (System.nanoTime() % 1_000) * 1_000);

  private static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 5);

  @Autowired NachaImporter importer;
  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired BankAccounts bankAccounts;
  @TempDir Path directory;

  @Test
  void isTheNachaImporter() {
    assertThat(importer.format()).isEqualTo("nacha");
  }

  @Test
  void aValidFilePostsEachDebitAndARepeatPostsNothing() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    Path file = write("debits.ach", MalformedNachaFiles.validFile(accounts, first));

    FileImportReport report = importer.importFile(file, "test");
    FileImportReport repeat = importer.importFile(file, "test");

    assertThat(report.rejections()).isEmpty();
    assertThat(report.entries()).isEqualTo(4);
    // 612.40 + 480.00 + 150.00 + 99.99
    assertThat(report.debitCents()).isEqualTo(134_239);
    assertThat(report.creditCents()).isZero();
    assertThat(report.posted()).isEqualTo(4);
    assertThat(repeat.posted()).isZero();
    assertThat(repeat.alreadyPresent()).isEqualTo(4);
    assertThat(receivableCredits(accounts.get(0))).isEqualTo(61_240);
    assertThat(receivableCredits(accounts.get(1))).isEqualTo(48_000);
    assertThat(receivableCredits(accounts.get(2))).isEqualTo(15_000);
    assertThat(receivableCredits(accounts.get(3))).isEqualTo(9_999);
    assertThat(clearingAchDebits(accounts)).isEqualTo(134_239);
    assertThat(ledgerCheck().ok()).isTrue();
  }

  @Test
  void paymentsPostedInBulkAreStoredAsThePaymentAggregateStoresThem() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    commands.sendAndWait(
        new org.premiumledger.ledger.api.RecordPaymentCommand(
            org.premiumledger.ledger.api.PaymentIdentity.processor(
                org.premiumledger.ledger.api.Rail.CARD, "psp-" + UUID.randomUUID()),
            new BillingAccountId(accounts.get(0)),
            org.premiumledger.ledger.api.Rail.CARD,
            Money.usd(100),
            java.time.Instant.parse("2027-01-05T15:00:00Z"),
            null,
            org.premiumledger.ledger.api.PaymentMethod.none()));
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");

    assertThat(
            jdbc.queryForList(
                "select distinct type || '/' || sequence_number from domain_event_entry"
                    + " where payload_type like '%PaymentReceivedEvent'",
                String.class))
        .containsExactly("Payment/0");
  }

  @Test
  void theDebitsBankAccountIsKeptSealedOnFile() throws Exception {
    List<String> accounts = openAccounts(4);
    importer.importFile(
        write("debits.ach", MalformedNachaFiles.validFile(accounts, traces(4))), "test");

    String sealed =
        jdbc.queryForObject(
            "select sealed_account from nacha_bank_account_on_file where billing_account_id = ?",
            String.class,
            accounts.get(1));
    String last4 =
        jdbc.queryForObject(
            "select account_last4 from nacha_bank_account_on_file where billing_account_id = ?",
            String.class,
            accounts.get(1));

    assertThat(sealed).startsWith("v1.").doesNotContain("987654321");
    assertThat(bankAccounts.open(sealed))
        .isEqualTo(new BankAccounts.BankAccount("026009593", "987654321", "savings", "ANA DIAZ"));
    assertThat(last4).isEqualTo("4321");
  }

  @Test
  void anOverlappingFilePostsOnlyWhatIsNew() throws Exception {
    List<String> accounts = openAccounts(3);
    long first = traces(3);
    NachaFile earlier =
        debitFile(
            'A',
            List.of(
                line(accounts.get(0), first, 10_000), line(accounts.get(1), first + 1, 20_000)));
    NachaFile later =
        debitFile(
            'B',
            List.of(
                line(accounts.get(1), first + 1, 20_000),
                line(accounts.get(2), first + 2, 30_000)));

    importer.importFile(write("earlier.ach", earlier), "test");
    FileImportReport overlap = importer.importFile(write("later.ach", later), "test");

    assertThat(overlap.posted()).isEqualTo(1);
    assertThat(overlap.alreadyPresent()).isEqualTo(1);
    assertThat(receivableCredits(accounts.get(1))).isEqualTo(20_000);
    assertThat(receivableCredits(accounts.get(2))).isEqualTo(30_000);
  }

  @Test
  void twoConcurrentImportsOfOneFilePostEachPaymentOnce() throws Exception {
    List<String> accounts = openAccounts(4);
    Path file = write("same.ach", MalformedNachaFiles.validFile(accounts, traces(4)));
    ExecutorService twoImports = Executors.newFixedThreadPool(2);
    try {
      Callable<FileImportReport> importIt = () -> importer.importFile(file, "test");
      List<Future<FileImportReport>> both = twoImports.invokeAll(List.of(importIt, importIt));

      int posted = 0;
      int alreadyPresent = 0;
      for (Future<FileImportReport> report : both) {
        posted += report.get().posted();
        alreadyPresent += report.get().alreadyPresent();
      }
      assertThat(posted).isEqualTo(4);
      assertThat(alreadyPresent).isEqualTo(4);
    } finally {
      twoImports.shutdownNow();
    }
    assertThat(paymentEntries(accounts)).isEqualTo(4);
    assertThat(receivableCredits(accounts.get(0))).isEqualTo(61_240);
  }

  @Test
  void aDebitForAnUnknownAccountRejectsTheWholeFile() throws Exception {
    List<String> accounts = new ArrayList<>(openAccounts(3));
    accounts.add("BA-UNKNOWN-" + UUID.randomUUID().toString().substring(0, 4));
    Path file = write("unknown.ach", MalformedNachaFiles.validFile(accounts, traces(4)));

    FileImportReport report = importer.importFile(file, "test");

    assertThat(report.rejected()).isTrue();
    assertThat(report.posted()).isZero();
    assertThat(report.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.line()).isEqualTo(9);
              assertThat(rejection.field()).isEqualTo("individual identification number");
              assertThat(rejection.found()).contains(accounts.get(3));
            });
    assertThat(paymentEntries(accounts.subList(0, 3))).isZero();
  }

  @Test
  void everyMalformedFileIsRejectedAtItsLineAndFieldAndTheLedgerIsUnchanged() throws Exception {
    List<String> accounts = openAccounts(4);
    List<Malformed> corpus = MalformedNachaFiles.corpus(accounts, traces(4));
    long eventsBefore = count("domain_event_entry");
    long entriesBefore = count("journal_entry");

    for (Malformed malformed : corpus) {
      Path file = directory.resolve("malformed-" + UUID.randomUUID() + ".ach");
      Files.write(file, malformed.content());
      FileImportReport report = importer.importFile(file, "test");

      assertThat(report.rejections()).as(malformed.fault()).hasSize(1);
      assertThat(report.rejections().get(0).line())
          .as(malformed.fault())
          .isEqualTo(malformed.line());
      assertThat(report.rejections().get(0).field())
          .as(malformed.fault())
          .isEqualTo(malformed.field());
      assertThat(report.rejections().get(0).file()).isEqualTo(file.getFileName().toString());
      assertThat(report.posted()).isZero();
    }

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
    assertThat(paymentEntries(accounts)).isZero();
    // other test classes may post meanwhile only when run in parallel; these run one at a time
    assertThat(count("domain_event_entry")).isEqualTo(eventsBefore);
    assertThat(count("journal_entry")).isEqualTo(entriesBefore);
  }

  @Test
  void returnsPostOnceGoToSuspenseWhenUnmatchedAndARepeatPostsNothing() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");
    long returnTraces = traces(3);
    String unknownOriginal = NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, traces(1));
    NachaFile returns =
        returnFile(
            List.of(
                returned(61_240, "R01", trace(first), returnTraces, 27),
                returned(48_000, "R02", trace(first + 1), returnTraces + 1, 37),
                returned(5_000, "R03", unknownOriginal, returnTraces + 2, 27)));

    FileImportReport report = importer.importFile(write("returns.ach", returns), "test");
    FileImportReport repeat = importer.importFile(write("returns-again.ach", returns), "test");

    assertThat(report.rejections()).isEmpty();
    assertThat(report.posted()).isEqualTo(2);
    assertThat(report.sentToExceptions()).isEqualTo(1);
    assertThat(repeat.posted()).isZero();
    assertThat(repeat.sentToExceptions()).isZero();
    assertThat(repeat.alreadyPresent()).isEqualTo(3);
    assertThat(receivableDebits(accounts.get(0))).isEqualTo(61_240);
    assertThat(receivableDebits(accounts.get(1))).isEqualTo(48_000);
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from journal_line l join journal_entry e using (entry_id)
                 where l.account_code = 'suspense:unmatched-return' and l.side = 'D'
                   and l.amount_cents = 5000 and e.posting_rule = 'ACH_RETURN_UNMATCHED'
                """,
                Long.class))
        .isGreaterThanOrEqualTo(1);
    assertThat(ledgerCheck().ok()).isTrue();
  }

  @Test
  void aSecondReturnOfAReturnedPaymentIsRefusedByNameAndNotPosted() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");
    long returnTraces = traces(2);
    importer.importFile(
        write(
            "r1.ach", returnFile(List.of(returned(61_240, "R01", trace(first), returnTraces, 27)))),
        "test");

    FileImportReport second =
        importer.importFile(
            write(
                "r2.ach",
                returnFile(List.of(returned(61_240, "R09", trace(first), returnTraces + 1, 27)))),
            "test");

    assertThat(second.posted()).isZero();
    assertThat(second.sentToExceptions()).isEqualTo(1);
    assertThat(receivableDebits(accounts.get(0))).isEqualTo(61_240);
    assertThat(
            jdbc.queryForObject(
                "select outcome from nacha_return_outcome where trace_number = ?",
                String.class,
                NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, returnTraces + 1)))
        .isEqualTo("ALREADY_RETURNED");
  }

  @Test
  void dishonoredAndContestedReturnsAreRefusedByName() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");
    long returnTraces = traces(2);

    FileImportReport report =
        importer.importFile(
            write(
                "dishonored.ach",
                returnFile(
                    List.of(
                        returned(61_240, "R68", trace(first), returnTraces, 27),
                        returned(48_000, "R73", trace(first + 1), returnTraces + 1, 37)))),
            "test");

    assertThat(report.posted()).isZero();
    assertThat(report.sentToExceptions()).isEqualTo(2);
    assertThat(receivableDebits(accounts.get(0))).isZero();
    assertThat(
            jdbc.queryForList(
                "select outcome from nacha_return_outcome where trace_number in (?, ?)"
                    + " order by outcome",
                String.class,
                NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, returnTraces),
                NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, returnTraces + 1)))
        .containsExactly("CONTESTED_DISHONORED_RETURN", "DISHONORED_RETURN");
  }

  @Test
  void aNotificationOfChangeUpdatesTheBankAccountOnFileOnce() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");
    long nocTrace = traces(1);
    NachaFile noc =
        changeFile(
            new EntryDetail(
                0,
                26,
                "011000028",
                "123456789",
                0,
                accounts.get(0),
                "ANA DIAZ",
                "  ",
                NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, nocTrace),
                new ChangeAddenda(0, "C01", trace(first), "01100002", "5566778899")));

    FileImportReport report = importer.importFile(write("noc.ach", noc), "test");
    FileImportReport repeat = importer.importFile(write("noc-again.ach", noc), "test");

    assertThat(report.posted()).isEqualTo(1);
    assertThat(repeat.alreadyPresent()).isEqualTo(1);
    String sealed =
        jdbc.queryForObject(
            "select sealed_account from nacha_bank_account_on_file where billing_account_id = ?",
            String.class,
            accounts.get(0));
    assertThat(bankAccounts.open(sealed).accountNumber()).isEqualTo("5566778899");
    assertThat(bankAccounts.open(sealed).routingNumber()).isEqualTo("011000028");
  }

  @Test
  void noAccountNumberIsStoredInClearAnywhere() throws Exception {
    List<String> accounts = openAccounts(4);
    long first = traces(4);
    importer.importFile(write("debits.ach", MalformedNachaFiles.validFile(accounts, first)), "t");
    long nocTrace = traces(1);
    importer.importFile(
        write(
            "noc.ach",
            changeFile(
                new EntryDetail(
                    0,
                    36,
                    "026009593",
                    "987654321",
                    0,
                    accounts.get(1),
                    "ANA DIAZ",
                    "  ",
                    NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, nocTrace),
                    new ChangeAddenda(0, "C01", trace(first + 1), "02600959", "7123987456")))),
        "test");
    byte[] broken =
        NachaWriter.write(
            returnFile(List.of(returned(61_240, "R01", trace(first), traces(1), 27))));
    broken[broken.length - 1 - 95 * 3] = 'X';
    importer.importFile(writeBytes("broken-returns.ach", broken), "test");

    for (String accountNumber : List.of("123456789", "987654321", "4400123", "7123987456")) {
      assertThat(tablesContaining(accountNumber)).as(accountNumber).isEmpty();
    }
  }

  @Test
  void aRejectedReturnFileIsQuarantinedAndListed() throws Exception {
    long returnTrace = traces(1);
    byte[] content =
        NachaWriter.write(
            returnFile(
                List.of(
                    returned(
                        1_000,
                        "R01",
                        NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, traces(1)),
                        returnTrace,
                        27))));
    List<String> lines =
        new ArrayList<>(
            List.of(new String(content, java.nio.charset.StandardCharsets.US_ASCII).split("\n")));
    // line 5, the batch control: its total debit is off by a cent
    String control = lines.get(4);
    lines.set(4, control.substring(0, 20) + "000000001001" + control.substring(32));
    Path file =
        writeBytes("returns-" + returnTrace + ".ach", (String.join("\n", lines) + "\n").getBytes());

    FileImportReport report = importer.importFile(file, "test");
    QuarantinedFilesResponse listed =
        queries.query(new FetchQuarantinedFilesQuery(1_000), QuarantinedFilesResponse.class).join();

    assertThat(report.rejected()).isTrue();
    assertThat(listed.files())
        .anySatisfy(
            quarantined -> {
              assertThat(quarantined.fileName()).isEqualTo(file.getFileName().toString());
              assertThat(quarantined.sha256()).isEqualTo(report.sha256());
              assertThat(quarantined.reason()).contains("total debit entry dollar amount");
            });
  }

  @Test
  void aRejectedDebitFileIsNotQuarantined() throws Exception {
    List<String> accounts = openAccounts(4);
    byte[] content = MalformedNachaFiles.corpus(accounts, traces(4)).get(0).content();

    FileImportReport report = importer.importFile(writeBytes("bad-debits.ach", content), "test");

    assertThat(report.rejected()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from nacha_quarantined_file where sha256 = ?",
                Long.class,
                report.sha256()))
        .isZero();
  }

  private List<String> tablesContaining(String accountNumber) {
    List<String> found = new ArrayList<>();
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'",
            String.class);
    for (String table : tables) {
      Long rows =
          jdbc.queryForObject(
              "select count(*) from " + table + " t where t::text like ?",
              Long.class,
              "%" + accountNumber + "%");
      if (rows != null && rows > 0) {
        found.add(table);
      }
      List<String> byteaColumns =
          jdbc.queryForList(
              "select column_name from information_schema.columns"
                  + " where table_schema = 'public' and table_name = ? and data_type = 'bytea'",
              String.class,
              table);
      for (String column : byteaColumns) {
        Long inBytes =
            jdbc.queryForObject(
                "select count(*) from "
                    + table
                    + " where position(convert_to(?, 'UTF8') in "
                    + column
                    + ") > 0",
                Long.class,
                accountNumber);
        if (inBytes != null && inBytes > 0) {
          found.add(table + "." + column);
        }
      }
    }
    return found;
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

  private static long traces(int count) {
    return TRACES.getAndAdd(count);
  }

  private static String trace(long sequence) {
    return NachaFixtures.trace(NachaFixtures.OUR_ODFI_ID, sequence);
  }

  private static NachaFixtures.DebitLine line(String account, long sequence, long cents) {
    return new NachaFixtures.DebitLine(
        27, "011000028", "123456789", cents, account, trace(sequence));
  }

  private static NachaFile debitFile(char modifier, List<NachaFixtures.DebitLine> lines) {
    return NachaFixtures.debitFile(modifier, EFFECTIVE, lines);
  }

  /** A return entry from the returning bank: 26 returns a checking debit (27), 36 a savings one. */
  private static EntryDetail returned(
      long cents, String code, String originalTrace, long sequence, int originalCode) {
    String trace = NachaFixtures.trace(NachaFixtures.RETURNING_BANK_ID, sequence);
    return new EntryDetail(
        0,
        originalCode - 1,
        NachaFixtures.OUR_ODFI_ROUTING,
        "123456789",
        cents,
        "",
        "ANA DIAZ",
        "  ",
        trace,
        new ReturnAddenda(0, code, originalTrace, null, "01100002", ""));
  }

  private static NachaFile returnFile(List<EntryDetail> entries) {
    return new NachaFile(
        NachaFixtures.header('R'),
        List.of(
            new Batch(
                NachaFixtures.batchHeader(
                    225, "PPD", NachaFixtures.RETURNING_BANK_ID, LocalDate.of(2027, 1, 8), 1),
                entries)));
  }

  private static NachaFile changeFile(EntryDetail entry) {
    return new NachaFile(
        NachaFixtures.header('C'),
        List.of(
            new Batch(
                NachaFixtures.batchHeader(
                    225, "COR", NachaFixtures.RETURNING_BANK_ID, LocalDate.of(2027, 1, 8), 1),
                List.of(entry))));
  }

  private Path write(String name, NachaFile file) throws Exception {
    return writeBytes(name, NachaWriter.write(file));
  }

  private Path writeBytes(String name, byte[] content) throws Exception {
    Path path = directory.resolve(UUID.randomUUID() + "-" + name);
    Files.write(path, content);
    return path;
  }

  private long receivableCredits(String account) {
    return sumOfLines("receivable:enrollee:" + account, "C");
  }

  private long receivableDebits(String account) {
    return sumOfLines("receivable:enrollee:" + account, "D");
  }

  private long sumOfLines(String accountCode, String side) {
    Long sum =
        jdbc.queryForObject(
            "select coalesce(sum(amount_cents), 0) from journal_line"
                + " where account_code = ? and side = ?",
            Long.class,
            accountCode,
            side);
    return sum == null ? 0 : sum;
  }

  private long clearingAchDebits(List<String> accounts) {
    Long sum =
        jdbc.queryForObject(
            """
            select coalesce(sum(l.amount_cents), 0)
              from journal_line l join journal_entry e using (entry_id)
             where l.account_code = 'clearing:ach' and l.side = 'D'
               and e.billing_account_id = any(?)
            """,
            Long.class,
            (Object) accounts.toArray(String[]::new));
    return sum == null ? 0 : sum;
  }

  private long paymentEntries(List<String> accounts) {
    Long entries =
        jdbc.queryForObject(
            "select count(*) from journal_entry where posting_rule = 'PAYMENT_RECEIVED'"
                + " and billing_account_id = any(?)",
            Long.class,
            (Object) accounts.toArray(String[]::new));
    return entries == null ? 0 : entries;
  }

  private long count(String table) {
    Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
    return rows == null ? 0 : rows;
  }

  private LedgerCheckReport ledgerCheck() {
    return queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
  }
}
