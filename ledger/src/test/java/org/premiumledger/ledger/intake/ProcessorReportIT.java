package org.premiumledger.ledger.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class ProcessorReportIT {

  static final String ADYEN_HEADER =
      "Company Account,Merchant Account,Psp Reference,Merchant Reference,Payment Method,"
          + "Creation Date,TimeZone,Type,Modification Reference,Gross Currency,Gross Debit (GC),"
          + "Gross Credit (GC),Exchange Rate,Net Currency,Net Debit (NC),Net Credit (NC),"
          + "Commission (NC),Markup (NC),Scheme Fees (NC),Interchange (NC),"
          + "Payment Method Variant,Modification Merchant Reference,Batch Number";

  static final String STRIPE_HEADER =
      "balance_transaction_id,created_utc,created,available_on_utc,currency,gross,fee,net,"
          + "reporting_category,source_id,description,automatic_payout_id,"
          + "automatic_payout_effective_at_utc,charge_id,payment_intent_id,payment_method_type,"
          + "card_brand,dispute_reason,payment_metadata[billing_account_id]";

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path directory;
  IntakeFixtures files;

  @BeforeEach
  void setUp() {
    files = new IntakeFixtures(commands, jdbc, directory);
  }

  @Test
  void anAdyenSettlementReportSettlesChargesBackReversesAndPaysOut() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    String portalPsp = IntakeFixtures.id("PSP");
    String reportOnlyPsp = IntakeFixtures.id("PSP");
    recordCardPayment(account, portalPsp, 20_000);
    Balances before = balances();

    String batch = String.valueOf(System.nanoTime() % 1_000_000);
    String line =
        "Exchange,ExchangeUS,%s,%s,visa,2027-01-07 10:00:00,UTC,%s,,USD,%s,%s,,USD,%s,%s,,,,,"
            + "visa,,%s\n";
    FileImportReport report =
        files.importText(
            "adyen.csv",
            ADYEN_HEADER
                + "\n"
                + line.formatted(portalPsp, account, "Settled", "", "200.00", "", "196.50", batch)
                + line.formatted(
                    reportOnlyPsp, account, "Settled", "", "100.00", "", "98.00", batch)
                + line.formatted(
                    reportOnlyPsp, account, "Chargeback", "100.00", "", "115.00", "", batch)
                + line.formatted(
                    reportOnlyPsp, account, "ChargebackReversed", "", "100.00", "", "100.00", batch)
                + line.formatted("", "", "MerchantPayout", "", "", "279.50", "", batch));

    assertThat(report.rejections()).isEmpty();
    assertThat(report.format()).isEqualTo("adyen-settlement");
    assertThat(report.entries()).isEqualTo(5);
    assertThat(report.posted()).isEqualTo(5);
    Balances after = balances();
    // both payments credit the household: 200.00 + 100.00
    assertThat(files.balance("receivable:enrollee:" + account)).isEqualTo(-30_000);
    // fees: 3.50 on the first, 2.00 on the second, 15.00 on the chargeback
    assertThat(after.fees - before.fees).isEqualTo(2_050);
    // the chargeback opened and was won
    assertThat(after.chargebacks - before.chargebacks).isZero();
    // 196.50 + 98.00 - 115.00 + 100.00 paid out
    assertThat(after.cash - before.cash).isEqualTo(27_950);
    // the first payment's 200.00 was in clearing before; all of it has left now
    assertThat(after.cardClearing - before.cardClearing).isEqualTo(-20_000);
  }

  @Test
  void aStripeReportConfirmsIssuedRefundsAndListsWhatItCannotMatch() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    String intent = "pi_" + IntakeFixtures.id("x");
    PaymentId payment = recordCardPayment(account, intent, 15_000);
    commands.sendAndWait(
        new IssueRefundCommand(
            payment, "rf-1", Money.usd(5_000), "approval-1", LocalDate.of(2027, 1, 8)));
    Balances before = balances();
    String payout = "po_" + IntakeFixtures.id("p");

    String line = "txn_%s,2027-01-09 12:00:00,,,usd,%s,%s,%s,%s,%s,,%s,,,%s,card,visa,,%s\n";
    FileImportReport report =
        files.importText(
            "stripe.csv",
            STRIPE_HEADER
                + "\n"
                + line.formatted(
                    "1", "150.00", "4.65", "145.35", "charge", "ch_1", payout, intent, account)
                + line.formatted(
                    "2", "-50.00", "0.00", "-50.00", "refund", "re_1", payout, intent, account)
                + line.formatted(
                    "3",
                    "-20.00",
                    "15.00",
                    "-35.00",
                    "dispute",
                    "dp_1",
                    payout,
                    "pi_" + IntakeFixtures.id("unknown"),
                    "")
                + line.formatted(
                    "4", "-1.00", "0.00", "-1.00", "fee", "fee_" + payout, payout, "", ""));

    assertThat(report.rejections()).isEmpty();
    assertThat(report.format()).isEqualTo("stripe-payout-reconciliation");
    // four lines and the payout they make
    assertThat(report.entries()).isEqualTo(5);
    assertThat(report.posted()).isEqualTo(2);
    assertThat(report.alreadyPresent()).isEqualTo(1);
    assertThat(report.sentToExceptions()).isEqualTo(2);
    Balances after = balances();
    assertThat(after.fees - before.fees).isEqualTo(465);
    // 145.35 - 50.00 - 35.00 - 1.00
    assertThat(after.cash - before.cash).isEqualTo(5_935);
  }

  @Test
  void aGenericReportWhosePayoutDoesNotMatchItsBatchPostsNothing() {
    String account = IntakeFixtures.id("BA");
    files.openAccounts(account);
    long events = files.events();

    FileImportReport report =
        files.importText(
            "paypal.csv",
            "record_type,processor_reference,item_reference,rail,billing_account_id,amount,fee,"
                + "currency,occurred_at,batch_id\n"
                + "payment,"
                + IntakeFixtures.id("PP")
                + ",,wallet,"
                + account
                + ",80.00,2.00,USD,2027-01-10,B1\n"
                + "payout,"
                + IntakeFixtures.id("PO")
                + ",,wallet,,80.00,,USD,2027-01-11,B1\n");

    assertThat(report.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.line()).isEqualTo(3);
              assertThat(rejection.field()).isEqualTo("payout");
              assertThat(rejection.expected()).startsWith("78.00");
              assertThat(rejection.found()).isEqualTo("80.00");
            });
    assertThat(files.events()).isEqualTo(events);
  }

  private PaymentId recordCardPayment(String account, String reference, long cents) {
    RecordPaymentCommand command =
        new RecordPaymentCommand(
            PaymentIdentity.processor(Rail.CARD, reference),
            new BillingAccountId(account),
            Rail.CARD,
            Money.usd(cents),
            Instant.parse("2027-01-05T15:00:00Z"),
            null,
            new PaymentMethod("Visa", "4242", 12, 2029));
    commands.sendAndWait(command);
    return command.paymentId();
  }

  private Balances balances() {
    return new Balances(
        files.balance("expense:processor-fees"),
        files.balance("suspense:chargeback"),
        files.balance("cash:premium-trust"),
        files.balance("clearing:card"));
  }

  private record Balances(long fees, long chargebacks, long cash, long cardClearing) {}
}
