package org.premiumledger.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.projections.api.AwaitProjectionQuery;
import org.premiumledger.projections.api.AwaitProjectionResponse;

/** Drives real commands through the command gateway and waits for the projections. */
final class LedgerDriver {

  static final long NET_PREMIUM_CENTS = 20_000;

  private final CommandGateway commands;
  private final QueryGateway queries;

  LedgerDriver(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** An account with coverage from 2027-01-01: gross 500.00, APTC 300.00, net 200.00. */
  BillingAccountId openAccount(String householdName) {
    BillingAccountId account = new BillingAccountId("BA-" + UUID.randomUUID());
    commands.sendAndWait(
        new OpenBillingAccountCommand(
            account,
            new Household(householdName, "en", "h@example.org", "555-0100", "email", "MA"),
            new Enrollment(
                new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2027, 1, 1), null, 50_000, 30_000),
            Money.USD));
    return account;
  }

  void bill(BillingAccountId account, YearMonth month, LocalDate issuedOn) {
    commands.sendAndWait(new IssueBillCommand(account, month, issuedOn));
  }

  PaymentId card(BillingAccountId account, long cents, String instant, String last4) {
    return record(
        new RecordPaymentCommand(
            PaymentIdentity.processor(Rail.CARD, "psp-" + UUID.randomUUID()),
            account,
            Rail.CARD,
            Money.usd(cents),
            Instant.parse(instant),
            null,
            new PaymentMethod("Visa", last4, 12, 2029)));
  }

  PaymentId ach(BillingAccountId account, long cents, String instant, String trace) {
    return record(
        new RecordPaymentCommand(
            PaymentIdentity.achTrace(trace),
            account,
            Rail.ACH,
            Money.usd(cents),
            Instant.parse(instant),
            LocalDate.parse(instant.substring(0, 10)).plusDays(2),
            PaymentMethod.none()));
  }

  PaymentId record(RecordPaymentCommand command) {
    PaymentRecordedResponse response = commands.sendAndWait(command);
    return response.paymentId();
  }

  <R> R send(Object command) {
    return commands.sendAndWait(command);
  }

  <R> R sendAs(Object command, String userId, String reason) {
    return commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(MetaData.from(Map.of("userId", userId, "reason", reason))));
  }

  /** Waits until every projection has handled every event stored so far; answers that index. */
  long awaitProjections() {
    AwaitProjectionResponse response =
        queries
            .query(AwaitProjectionQuery.allUpToNow(20_000), AwaitProjectionResponse.class)
            .join();
    if (!response.reached()) {
      throw new AssertionError("projections did not catch up: " + response);
    }
    return response.targetIndex();
  }

  static String randomDigits(int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
