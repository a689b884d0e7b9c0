package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.intake.nacha.BankAccounts.BankAccount;
import org.premiumledger.ledger.intake.nacha.NachaPlan.DebitItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.Outcome;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A batch that fails as a whole is rolled back, and its entries then post one by one. */
@PremiumLedgerIntegrationTest
class NachaBatchFallbackIT {

  @Autowired NachaPoster poster;
  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aBatchWithARefusedEntryPostsTheOthersAloneAndReportsTheRefusal() {
    BillingAccountId account =
        new BillingAccountId("BA-" + UUID.randomUUID().toString().substring(0, 8));
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household("Ana Diaz", "en", null, null, "mail", "MA"),
            new Enrollment(
                new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2027, 1, 1), null, 70_000, 10_000),
            Money.USD));
    String prefix = "9" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
    String taken = prefix + "00000001";
    String first = prefix + "00000002";
    String last = prefix + "00000003";
    commands.sendAndWait(debit(account, taken, 100).payment());

    List<DebitItem> batch =
        List.of(debit(account, first, 200), debit(account, taken, 999), debit(account, last, 300));

    assertThatThrownBy(() -> poster.postBatch(batch))
        .isInstanceOfSatisfying(
            LedgerRefusedException.class,
            refused ->
                assertThat(refused.refusal())
                    .isEqualTo(LedgerRefusal.IDENTITY_REUSED_WITH_DIFFERENT_DETAILS));
    assertThat(amountOf(first)).isEqualTo(200);
    assertThat(amountOf(last)).isEqualTo(300);
    assertThat(amountOf(taken)).isEqualTo(100);
    assertThat(poster.postBatch(List.of(debit(account, first, 200))))
        .containsExactly(Outcome.ALREADY_PRESENT);
  }

  private long amountOf(String trace) {
    return jdbc.queryForObject(
        "select amount_cents from ledger_payment where identity_key = ?",
        Long.class,
        PaymentIdentity.achTrace(trace).key());
  }

  private static DebitItem debit(BillingAccountId account, String trace, long cents) {
    return new DebitItem(
        new RecordPaymentCommand(
            PaymentIdentity.achTrace(trace),
            account,
            Rail.ACH,
            Money.usd(cents),
            Instant.parse("2027-01-05T05:00:00Z"),
            LocalDate.of(2027, 1, 5),
            PaymentMethod.none()),
        new BankAccount("011000028", "123456789", "checking", "ANA DIAZ"),
        false,
        true);
  }
}
