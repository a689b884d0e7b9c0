package org.premiumledger.ledger.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.FindIntakeExceptionsQuery;
import org.premiumledger.ledger.api.IntakeExceptionView;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class FileIntakeIT {

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @Autowired QueryGateway queries;
  @TempDir Path directory;
  IntakeFixtures files;

  @BeforeEach
  void setUp() {
    files = new IntakeFixtures(commands, jdbc, directory);
  }

  @Test
  void anEnrollmentFileOpensAccountsAndAnIdenticalRowChangesNothing() {
    String first = IntakeFixtures.id("BA");
    String second = IntakeFixtures.id("BA");
    String rows =
        IntakeFixtures.ENROLLMENT_HEADER
            + "\n"
            + first
            + ",Ana Diaz,es,ana@example.org,555-0100,email,ISS-1,PLAN-1,2027-01-01,,,"
            + "500.00,300.00,MA\n"
            + second
            + ",Bo Li,en,bo@example.org,,,ISS-2,PLAN-9,2027-02-01,,,612.40,0.00,MA\n";

    FileImportReport opened = files.importText("enroll-1.csv", rows);
    FileImportReport again = files.importText("enroll-2.csv", rows + "\n");

    assertThat(opened.rejections()).isEmpty();
    assertThat(opened.format()).isEqualTo("enrollment");
    assertThat(opened.entries()).isEqualTo(2);
    assertThat(opened.posted()).isEqualTo(2);
    assertThat(again.repeatOfEarlierImport()).isFalse();
    assertThat(again.posted()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(2);
  }

  @Test
  void anEnrollmentRowWithNewAptcChangesTheEnrollment() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);

    FileImportReport changed =
        files.importText(
            "change.csv",
            // columns in another order, an unknown column, and a title line before the header
            "Enrollment changes 2027-03\n"
                + "state,billing_account_id,subscriber_name,language,email,phone,issuer_id,plan_id,"
                + "coverage_start,gross_premium,aptc,effective_date,ignored_column\n"
                + "MA,"
                + account
                + ",Ana Diaz,es,ana@example.org,555-0100,ISS-1,PLAN-1,2027-01-01,500.00,350.00,"
                + "2027-04-01,whatever\n");

    assertThat(changed.rejections()).isEmpty();
    assertThat(changed.posted()).isEqualTo(1);
    Integer changes =
        jdbc.queryForObject(
            "select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%EnrollmentChangedEvent'",
            Integer.class, account);
    assertThat(changes).isEqualTo(1);
  }

  @Test
  void aLockboxFilePostsKnownChecksAndSendsTheRestToUnapplied() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    long unappliedBefore = files.balance("suspense:unapplied");
    String check = IntakeFixtures.id("C");

    FileImportReport report =
        files.importText(
            "lockbox.csv",
            "deposit_date,check_number,amount,payer_name,billing_account_id\n"
                + "2027-01-06,"
                + check
                + "1,200.00,Ana Diaz,"
                + account
                + "\n"
                + "2027-01-06,"
                + check
                + "2,75.25,Someone,\n"
                + "2027-01-06,"
                + check
                + "3,10.10,Other,NO-SUCH-ACCOUNT\n");

    assertThat(report.rejections()).isEmpty();
    assertThat(report.entries()).isEqualTo(3);
    assertThat(report.creditCents()).isEqualTo(28_535);
    assertThat(report.posted()).isEqualTo(1);
    assertThat(report.sentToExceptions()).isEqualTo(2);
    assertThat(files.balance("receivable:enrollee:" + account)).isEqualTo(-20_000);
    // 75.25 + 10.10 wait in suspense, a liability: credit balance
    assertThat(files.balance("suspense:unapplied") - unappliedBefore).isEqualTo(-8_535);
    List<IntakeExceptionView> listed =
        queries
            .query(
                new FindIntakeExceptionsQuery(false, 10_000),
                ResponseTypes.multipleInstancesOf(IntakeExceptionView.class))
            .join()
            .stream()
            .filter(item -> item.fileName().equals("lockbox.csv"))
            .toList();
    assertThat(listed)
        .extracting(IntakeExceptionView::line, item -> item.amount().cents())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3, 7_525L),
            org.assertj.core.groups.Tuple.tuple(4, 1_010L));
  }

  @Test
  void aFileImportedAgainEvenRenamedPostsNothingAndSaysSo() throws Exception {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    Path original = files.write("deposit.csv", lockbox(account, IntakeFixtures.id("C"), 3));
    Path renamed = directory.resolve("deposit-copy.csv");
    Files.copy(original, renamed);

    FileImportReport first = files.importFile(original);
    long entries = files.journalEntries();
    FileImportReport second = files.importFile(renamed);

    assertThat(first.posted()).isEqualTo(3);
    assertThat(second.repeatOfEarlierImport()).isTrue();
    assertThat(second.posted()).isZero();
    assertThat(second.alreadyPresent()).isEqualTo(3);
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(files.journalEntries()).isEqualTo(entries);
  }

  @Test
  void anOverlappingFilePostsOnlyWhatIsNew() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    String checks = IntakeFixtures.id("C");
    files.importText("monday.csv", lockbox(account, checks, 2));

    FileImportReport overlapping = files.importText("tuesday.csv", lockbox(account, checks, 3));

    assertThat(overlapping.posted()).isEqualTo(1);
    assertThat(overlapping.alreadyPresent()).isEqualTo(2);
    // checks of 1.00, 2.00 and 3.00
    assertThat(files.balance("receivable:enrollee:" + account)).isEqualTo(-600);
  }

  @Test
  void twoImportsOfTheSameFileAtOncePostEachPaymentOnce() throws Exception {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    Path file = files.write("concurrent.csv", lockbox(account, IntakeFixtures.id("C"), 20));
    Path copy = directory.resolve("concurrent-copy.csv");
    Files.copy(file, copy);
    ExecutorService pool = Executors.newFixedThreadPool(2);

    List<Future<FileImportReport>> imports;
    try {
      Callable<FileImportReport> one = () -> files.importFile(file);
      Callable<FileImportReport> other = () -> files.importFile(copy);
      imports = pool.invokeAll(List.of(one, other));
    } finally {
      pool.shutdown();
    }

    int posted = imports.get(0).get().posted() + imports.get(1).get().posted();
    assertThat(posted).isEqualTo(20);
    assertThat(
            imports.get(0).get().repeatOfEarlierImport()
                ^ imports.get(1).get().repeatOfEarlierImport())
        .isTrue();
    // 1.00 + 2.00 + ... + 20.00 = 210.00, once
    assertThat(files.balance("receivable:enrollee:" + account)).isEqualTo(-21_000);
  }

  @Test
  void twoOverlappingFilesImportedAtOncePostTheSharedPaymentsOnce() throws Exception {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    String checks = IntakeFixtures.id("C");
    // checks 1..12 and checks 1..16 (the second holds the first and four more)
    Path shorter = files.write("shorter.csv", lockbox(account, checks, 12));
    Path longer = files.write("longer.csv", lockbox(account, checks, 16));
    ExecutorService pool = Executors.newFixedThreadPool(2);

    List<Future<FileImportReport>> imports;
    try {
      Callable<FileImportReport> one = () -> files.importFile(shorter);
      Callable<FileImportReport> other = () -> files.importFile(longer);
      imports = pool.invokeAll(List.of(one, other));
    } finally {
      pool.shutdown();
    }

    FileImportReport first = imports.get(0).get();
    FileImportReport second = imports.get(1).get();
    assertThat(first.posted() + second.posted()).isEqualTo(16);
    assertThat(first.alreadyPresent() + second.alreadyPresent()).isEqualTo(12);
    // 1.00 + 2.00 + ... + 16.00 = 136.00, each check once
    assertThat(files.balance("receivable:enrollee:" + account)).isEqualTo(-13_600);
  }

  @Test
  void aFileOfUnknownFormatIsRejectedByName() {
    FileImportReport report = files.importText("mystery.txt", "hello,world\n1,2\n");

    assertThat(report.rejected()).isTrue();
    assertThat(report.rejections().get(0).field()).isEqualTo("format");
    assertThat(report.rejections().get(0).line()).isEqualTo(1);
    assertThat(report.rejections().get(0).found()).isEqualTo("'hello,world'");
  }

  /** Checks number 1..n of (n) dollars each, for one account, deposited 2027-01-06. */
  static String lockbox(String account, String checkPrefix, int checks) {
    StringBuilder file =
        new StringBuilder("deposit_date,check_number,amount,payer_name,billing_account_id\n");
    for (int i = 1; i <= checks; i++) {
      file.append("2027-01-06,")
          .append(checkPrefix)
          .append('-')
          .append(i)
          .append(',')
          .append(i)
          .append(".00,Ana Diaz,")
          .append(account)
          .append('\n');
    }
    return file.toString();
  }
}
