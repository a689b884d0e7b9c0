package org.premiumledger.ledger.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of files, each with exactly one fault, each rejected at the right line and field; the
 * ledger is unchanged after all of them. Each file starts from a valid row and spoils one value.
 */
@PremiumLedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFilesIT {

  static final String LOCKBOX = "deposit_date,check_number,amount,payer_name,billing_account_id";
  static final String GOOD_CHECK = "2027-01-06,C-1,10.00,Ana Diaz,%s";
  static final String GENERIC =
      "record_type,processor_reference,item_reference,rail,billing_account_id,amount,fee,"
          + "currency,occurred_at,batch_id";

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path directory;
  String account;

  record Case(String name, String content, int line, String field) {}

  @BeforeAll
  void openAccount(@TempDir Path setup) {
    account = IntakeFixtures.id("BA");
    new IntakeFixtures(commands, jdbc, setup).openAccounts(account);
  }

  @Test
  void everyMalformedFileIsRejectedAtItsLineAndFieldAndTheLedgerIsUnchanged() {
    IntakeFixtures files = new IntakeFixtures(commands, jdbc, directory);
    long eventsBefore = files.events();
    long entriesBefore = files.journalEntries();
    List<String> wrong = new ArrayList<>();

    List<Case> corpus = corpus().toList();
    for (Case fault : corpus) {
      FileImportReport report = files.importText(fault.name() + ".csv", fault.content());
      ImportRejection first = report.rejections().isEmpty() ? null : report.rejections().get(0);
      boolean right =
          first != null
              && first.line() == fault.line()
              && first.field().equals(fault.field())
              && first.file().equals(fault.name() + ".csv")
              && report.posted() == 0;
      if (!right) {
        wrong.add(fault.name() + " -> " + (first == null ? "accepted" : first.describe()));
      }
    }

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
    assertThat(wrong).isEmpty();
    assertThat(files.events()).isEqualTo(eventsBefore);
    assertThat(files.journalEntries()).isEqualTo(entriesBefore);
  }

  @Test
  void aRejectionNamesWhatWasExpectedAndWhatWasFound() {
    IntakeFixtures files = new IntakeFixtures(commands, jdbc, directory);

    FileImportReport report =
        files.importText(
            "amount.csv", LOCKBOX + "\n" + "2027-01-06,C-1,12.5,Ana Diaz," + account + "\n");

    assertThat(report.rejections())
        .containsExactly(
            new ImportRejection(
                "amount.csv", 2, "amount", "dollars with two decimals such as 612.40", "'12.5'"));
  }

  Stream<Case> corpus() {
    String good = GOOD_CHECK.formatted(account);
    String enrollmentRow =
        account
            + ",Ana Diaz,es,ana@example.org,555-0100,email,ISS-1,PLAN-1,2027-01-01,,,"
            + "500.00,300.00,MA";
    String payment = "payment,PP-1,,wallet," + account + ",80.00,2.00,USD,2027-01-10,B1";
    String payout = "payout,PO-1,,wallet,,78.00,,USD,2027-01-11,B1";
    String adyen =
        "Exchange,ExchangeUS,PSP-1,%s,visa,%s,UTC,Settled,,USD,,100.00,,USD,,%s,,,,,visa,,7";
    String adyenPayout =
        "Exchange,ExchangeUS,,,,2027-01-08 10:00:00,UTC,MerchantPayout,,USD,,,,USD,%s,,,,,,,,7";
    String stripe = "txn_1,2027-01-09 12:00:00,,,usd,%s,%s,%s,charge,ch_1,,po_1,,,pi_1,card,visa,,";
    return Stream.of(
        lockbox("bad-deposit-date", "2027-13-01,C-1,10.00,Ana Diaz," + account, 2, "deposit_date"),
        lockbox("blank-deposit-date", ",C-1,10.00,Ana Diaz," + account, 2, "deposit_date"),
        lockbox("one-decimal", "2027-01-06,C-1,12.5,Ana Diaz," + account, 2, "amount"),
        lockbox("zero-amount", "2027-01-06,C-1,0.00,Ana Diaz," + account, 2, "amount"),
        lockbox("negative-amount", "2027-01-06,C-1,-5.00,Ana Diaz," + account, 2, "amount"),
        lockbox("text-amount", "2027-01-06,C-1,ten,Ana Diaz," + account, 2, "amount"),
        lockbox("no-check-number", "2027-01-06,,10.00,Ana Diaz," + account, 2, "check_number"),
        lockbox("spaced-check", "2027-01-06,12 34,10.00,Ana Diaz," + account, 2, "check_number"),
        lockbox("bad-account-id", "2027-01-06,C-1,10.00,Ana Diaz,BA 1", 2, "billing_account_id"),
        new Case("extra-field", LOCKBOX + "\n" + good + "\n" + good + ",x\n", 3, "fields"),
        new Case("missing-field", LOCKBOX + "\n2027-01-06,C-2,10.00,Ana\n", 2, "fields"),
        new Case("no-amount-column", "deposit_date,check_number\n2027-01-06,C-1\n", 1, "format"),
        new Case("empty-file", "", 0, "file"),
        enrollment("language", enrollmentRow.replace(",es,", ",fr,"), "language"),
        enrollment("channel", enrollmentRow.replace(",email,", ",fax,"), "notification_channel"),
        enrollment("email", enrollmentRow.replace("ana@example.org", "ana-at-home"), "email"),
        enrollment("state", enrollmentRow.replace(",MA", ",Mass"), "state"),
        enrollment(
            "coverage-start", enrollmentRow.replace("2027-01-01", "01/01/2027"), "coverage_start"),
        enrollment(
            "coverage-end",
            enrollmentRow.replace("2027-01-01,,", "2027-01-01,2026-12-31,"),
            "coverage_end"),
        enrollment("gross", enrollmentRow.replace("500.00", "500.0"), "gross_premium"),
        enrollment("aptc", enrollmentRow.replace("300.00", "600.00"), "aptc"),
        enrollment("account", enrollmentRow.replace(account + ",", ","), "billing_account_id"),
        enrollment("name", enrollmentRow.replace("Ana Diaz", ""), "subscriber_name"),
        enrollment(
            "effective-date",
            enrollmentRow.replace("2027-01-01,,,", "2027-01-01,,2027-02-30,"),
            "effective_date"),
        enrollment("no-email", enrollmentRow.replace("ana@example.org", ""), "email"),
        generic("record-type", payment.replace("payment,", "sale,"), payout, 2, "record_type"),
        generic("rail", payment.replace(",wallet,", ",crypto,"), payout, 2, "rail"),
        generic("currency", payment.replace(",USD,", ",DOLLARS,"), payout, 2, "currency"),
        generic(
            "occurred-at", payment.replace("2027-01-10", "yesterday"), payout, 2, "occurred_at"),
        generic("payout-total", payment, payout.replace("78.00", "80.00"), 3, "payout"),
        generic(
            "refund-reference",
            payment,
            "refund,PP-1,,wallet," + account + ",10.00,,USD,2027-01-10,B2",
            3,
            "item_reference"),
        generic("negative-fee", payment.replace(",2.00,", ",-1.00,"), payout, 2, "fee"),
        generic("zero-amount", payment.replace(",80.00,", ",0.00,"), payout, 2, "amount"),
        new Case(
            "adyen-net-above-gross",
            ProcessorReportIT.ADYEN_HEADER
                + "\n"
                + adyen.formatted(account, "2027-01-07 10:00:00", "101.00")
                + "\n",
            2,
            "net credit (nc)"),
        new Case(
            "adyen-payout",
            ProcessorReportIT.ADYEN_HEADER
                + "\n"
                + adyen.formatted(account, "2027-01-07 10:00:00", "98.00")
                + "\n"
                + adyenPayout.formatted("99.00")
                + "\n",
            3,
            "payout"),
        new Case(
            "adyen-creation-date",
            ProcessorReportIT.ADYEN_HEADER
                + "\n"
                + adyen.formatted(account, "07.01.2027", "98.00")
                + "\n",
            2,
            "creation date"),
        new Case(
            "stripe-net",
            ProcessorReportIT.STRIPE_HEADER
                + "\n"
                + stripe.formatted("150.00", "4.65", "145.00")
                + "\n",
            2,
            "net"),
        new Case(
            "stripe-negative-charge",
            ProcessorReportIT.STRIPE_HEADER
                + "\n"
                + stripe.formatted("-150.00", "0.00", "-150.00")
                + "\n",
            2,
            "gross"));
  }

  private static Case lockbox(String name, String row, int line, String field) {
    return new Case(name, LOCKBOX + "\n" + row + "\n", line, field);
  }

  private static Case enrollment(String name, String row, String field) {
    return new Case(
        "enrollment-" + name, IntakeFixtures.ENROLLMENT_HEADER + "\n" + row + "\n", 2, field);
  }

  private static Case generic(String name, String first, String second, int line, String field) {
    return new Case("generic-" + name, GENERIC + "\n" + first + "\n" + second + "\n", line, field);
  }
}
