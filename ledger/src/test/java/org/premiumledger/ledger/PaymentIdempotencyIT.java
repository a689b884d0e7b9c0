package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.testing.TestAccounts;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class PaymentIdempotencyIT {

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRepeatedDeliveryAnswersWithTheFirstPaymentAndPostsOnce() {
    BillingAccountId account = openAccount();
    RecordPaymentCommand payment = cardPayment(account, "psp-" + UUID.randomUUID(), 12_345);

    PaymentRecordedResponse first = commands.sendAndWait(payment);
    PaymentRecordedResponse second = commands.sendAndWait(payment);

    assertThat(second.paymentId()).isEqualTo(first.paymentId());
    assertThat(first.repeatedDelivery()).isFalse();
    assertThat(second.repeatedDelivery()).isTrue();
    Long credited =
        jdbc.queryForObject(
            "select sum(amount_cents) from journal_line where account_code = ? and side = 'C'",
            Long.class,
            "receivable:enrollee:" + account.value());
    assertThat(credited).isEqualTo(12_345L);
  }

  @Test
  void theSameIdentityWithOtherDetailsIsRefusedByName() {
    BillingAccountId account = openAccount();
    String reference = "psp-" + UUID.randomUUID();
    commands.sendAndWait(cardPayment(account, reference, 5_000));

    assertThatThrownBy(() -> commands.sendAndWait(cardPayment(account, reference, 5_001)))
        .isInstanceOfSatisfying(
            LedgerRefusedException.class,
            refused ->
                assertThat(refused.refusal())
                    .isEqualTo(LedgerRefusal.IDENTITY_REUSED_WITH_DIFFERENT_DETAILS));
  }

  @Test
  void theLedgerChecksOut() {
    BillingAccountId account = openAccount();
    commands.sendAndWait(cardPayment(account, "psp-" + UUID.randomUUID(), 700));

    LedgerCheckReport report =
        queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();

    assertThat(report.violations()).isEmpty();
    assertThat(report.ok()).isTrue();
    assertThat(report.debits()).isEqualTo(report.credits());
  }

  private BillingAccountId openAccount() {
    return TestAccounts.open(commands, LocalDate.of(2027, 1, 1), null, 50_000, 30_000);
  }

  private static RecordPaymentCommand cardPayment(
      BillingAccountId account, String reference, long cents) {
    return new RecordPaymentCommand(
        PaymentIdentity.processor(Rail.CARD, reference),
        account,
        Rail.CARD,
        Money.usd(cents),
        Instant.parse("2027-01-05T15:00:00Z"),
        null,
        new PaymentMethod("Visa", "4242", 12, 2029));
  }
}
