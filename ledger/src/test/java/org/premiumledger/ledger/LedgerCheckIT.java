package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.testing.TestAccounts;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The check finds and names what is at fault when the book no longer matches the events. */
@PremiumLedgerIntegrationTest
class LedgerCheckIT {

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTamperedLineIsNamedWithItsEntryAndAccount() {
    BillingAccountId account = TestAccounts.open(commands, LocalDate.of(2027, 1, 1), null, 100, 0);
    commands.sendAndWait(
        new RecordPaymentCommand(
            PaymentIdentity.processor(Rail.CARD, "tamper-" + UUID.randomUUID()),
            account,
            Rail.CARD,
            Money.usd(5_000),
            Instant.parse("2027-01-07T16:00:00Z"),
            null,
            PaymentMethod.none()));
    String entryId =
        jdbc.queryForObject(
            "select entry_id::text from journal_entry where billing_account_id = ?",
            String.class,
            account.value());

    jdbc.update(
        "update journal_line set amount_cents = 5001 where entry_id = ?::uuid and side = 'C'",
        entryId);
    try {
      LedgerCheckReport report =
          queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();

      assertThat(report.ok()).isFalse();
      assertThat(report.violations())
          .anyMatch(v -> v.contains(entryId) && v.contains("does not balance"))
          .anyMatch(
              v ->
                  v.contains(entryId)
                      && v.contains("receivable:enrollee:" + account.value())
                      && v.contains("event 5000 cents, book 5001 cents"));
    } finally {
      jdbc.update(
          "update journal_line set amount_cents = 5000 where entry_id = ?::uuid and side = 'C'",
          entryId);
    }
    assertThat(queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join().ok())
        .isTrue();
  }
}
