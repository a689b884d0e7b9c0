package org.premiumledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.projections.api.ExportKind;
import org.premiumledger.projections.api.ExportRequest;
import org.premiumledger.projections.api.ProjectionExports;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditors' CSV exports: a bill of 200.00 on 2026-12-01, then a card payment of 250.00 on
 * 2027-01-05 whose processor reference looks like a formula; the household holds a 50.00 credit.
 */
@PremiumLedgerIntegrationTest
class ExportIT {

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired ProjectionExports exports;

  @Test
  void exportsAreCsvWithDecimalAmountsAndNoFormulas() throws IOException {
    LedgerDriver ledger = new LedgerDriver(commands, queries);
    BillingAccountId account = ledger.openAccount("Export Household");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    String formula = "=HYPERLINK(\"x\")-" + UUID.randomUUID();
    PaymentId payment =
        ledger.record(
            new RecordPaymentCommand(
                PaymentIdentity.processor(Rail.CARD, formula),
                account,
                Rail.CARD,
                Money.usd(25_000),
                Instant.parse("2027-01-05T15:00:00Z"),
                null,
                new PaymentMethod("Visa", "4242", 1, 2030)));
    ledger.awaitProjections();

    List<CSVRecord> history =
        export(new ExportRequest(ExportKind.HISTORY, null, null, account.value()));
    assertThat(history.get(0).values())
        .containsExactly(
            "billing_account_id",
            "global_index",
            "recorded_at",
            "business_date",
            "posting_rule",
            "reference",
            "reason_code",
            "payment_id",
            "entry_id",
            "debit",
            "credit",
            "balance_after");
    assertThat(history).hasSize(3);
    CSVRecord bill = history.get(1);
    assertThat(
            List.of(bill.get(3), bill.get(4), bill.get(5), bill.get(9), bill.get(10), bill.get(11)))
        .containsExactly("2026-12-01", "PREMIUM_BILLED", "2027-01", "200.00", "0.00", "200.00");
    CSVRecord paid = history.get(2);
    assertThat(paid.get(5)).isEqualTo("'" + formula);
    assertThat(paid.get(7)).isEqualTo(payment.value());
    assertThat(List.of(paid.get(9), paid.get(10), paid.get(11)))
        .containsExactly("0.00", "250.00", "-50.00");

    List<CSVRecord> journal =
        export(
            new ExportRequest(ExportKind.JOURNAL, LocalDate.of(2027, 1, 5), null, account.value()));
    assertThat(journal).hasSize(3);
    assertThat(journal.subList(1, 3))
        .extracting(r -> r.get(8) + " " + r.get(9) + " " + r.get(10) + "/" + r.get(11))
        .containsExactly(
            "clearing:card D 250.00/", "receivable:enrollee:" + account.value() + " C /250.00");

    List<CSVRecord> trial =
        export(new ExportRequest(ExportKind.TRIAL_BALANCE, null, LocalDate.of(2027, 1, 5), null));
    CSVRecord total = trial.get(trial.size() - 1);
    assertThat(total.get(1)).isEqualTo("TOTAL");
    assertThat(total.get(3)).isEqualTo(total.get(4));
    assertThat(trial)
        .filteredOn(r -> r.get(1).equals("receivable:enrollee:" + account.value()))
        .singleElement()
        .satisfies(r -> assertThat(List.of(r.get(3), r.get(4))).containsExactly("0.00", "50.00"));

    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
    List<CSVRecord> audit =
        export(
            new ExportRequest(
                ExportKind.AUDIT_TRAIL, today.minusDays(1), today.plusDays(1), account.value()));
    assertThat(audit.subList(1, audit.size()))
        .extracting(r -> r.get(2))
        .containsExactly("BillingAccountOpenedEvent", "PremiumBilledEvent", "PaymentReceivedEvent");

    assertThat(
            export(
                new ExportRequest(
                    ExportKind.AUDIT_TRAIL, today.plusDays(2), null, account.value())))
        .hasSize(1);

    assertThatThrownBy(
            () -> export(new ExportRequest(ExportKind.TRIAL_BALANCE, null, null, account.value())))
        .hasMessageContaining("--account does not apply");
  }

  private List<CSVRecord> export(ExportRequest request) throws IOException {
    StringWriter out = new StringWriter();
    long rows = exports.writeCsv(request, out);
    List<CSVRecord> records =
        CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
    assertThat(records).hasSize((int) rows + 1);
    return records;
  }
}
