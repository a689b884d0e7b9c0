package org.premiumledger.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;

/** Households and payments with random ids, so integration tests never collide. */
final class CaseTestData {

  private CaseTestData() {}

  static BillingAccountId openAccount(CommandGateway commands, String language) {
    BillingAccountId account = BillingAccountId.of("BA-" + UUID.randomUUID());
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household("Test Household", language, null, null, "email", "MA"),
            new Enrollment(
                IssuerId.of("ISS-1"), "PLAN-1", LocalDate.of(2026, 1, 1), null, 60_000, 20_000),
            Money.USD));
    return account;
  }

  static RecordPaymentCommand achPayment(BillingAccountId account, long cents, Instant receivedAt) {
    String trace =
        String.format("%015d", ThreadLocalRandom.current().nextLong(1L, 999_999_999_999L));
    return new RecordPaymentCommand(
        PaymentIdentity.achTrace(trace + "-" + UUID.randomUUID()),
        account,
        Rail.ACH,
        Money.usd(cents),
        receivedAt,
        null,
        PaymentMethod.none());
  }

  static RecordPaymentCommand cardPayment(
      BillingAccountId account, long cents, Instant receivedAt) {
    return new RecordPaymentCommand(
        PaymentIdentity.processor(Rail.CARD, "psp-" + UUID.randomUUID()),
        account,
        Rail.CARD,
        Money.usd(cents),
        receivedAt,
        null,
        new PaymentMethod("Visa", "4242", 12, 2030));
  }

  static PaymentId record(CommandGateway commands, RecordPaymentCommand payment) {
    PaymentRecordedResponse response = commands.sendAndWait(payment);
    return response.paymentId();
  }
}
