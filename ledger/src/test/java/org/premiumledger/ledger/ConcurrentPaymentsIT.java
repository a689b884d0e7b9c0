package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
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
class ConcurrentPaymentsIT {

  private static final int THREADS = 8;
  private static final int DELIVERIES = 4_000;
  private static final int DISTINCT = 3_000;

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void eightThreadsPostingToOneAccountRecordEachDistinctPaymentOnce() throws Exception {
    BillingAccountId account =
        TestAccounts.open(commands, LocalDate.of(2027, 1, 1), null, 40_000, 0);

    // 3,000 distinct payments, then 1,000 repeats of ids already in the list, shuffled so that
    // a repeat often races its original on another thread.
    Random random = new Random(20261203);
    List<RecordPaymentCommand> distinct = new ArrayList<>();
    long expectedCents = 0;
    for (int i = 0; i < DISTINCT; i++) {
      long cents = 100 + random.nextInt(50_000);
      expectedCents += cents;
      distinct.add(payment(account, "ref-" + account.value() + "-" + i, cents));
    }
    List<RecordPaymentCommand> deliveries = new ArrayList<>(distinct);
    for (int i = 0; i < DELIVERIES - DISTINCT; i++) {
      deliveries.add(distinct.get(random.nextInt(DISTINCT)));
    }
    Collections.shuffle(deliveries, random);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<PaymentRecordedResponse>> answers = new ArrayList<>();
    for (RecordPaymentCommand delivery : deliveries) {
      answers.add(pool.submit(() -> commands.<PaymentRecordedResponse>sendAndWait(delivery)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

    long firstDeliveries = 0;
    for (Future<PaymentRecordedResponse> answer : answers) {
      if (!answer.get().repeatedDelivery()) {
        firstDeliveries++;
      }
    }
    assertThat(firstDeliveries).isEqualTo(DISTINCT);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from ledger_payment where billing_account_id = ?",
                Long.class,
                account.value()))
        .isEqualTo(DISTINCT);
    assertThat(
            jdbc.queryForObject(
                "select sum(amount_cents) from journal_line where account_code = ? and side = 'C'",
                Long.class,
                "receivable:enrollee:" + account.value()))
        .isEqualTo(expectedCents);
    LedgerCheckReport check =
        queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
    assertThat(check.violations()).isEmpty();
  }

  private static RecordPaymentCommand payment(
      BillingAccountId account, String reference, long cents) {
    return new RecordPaymentCommand(
        PaymentIdentity.processor(Rail.CARD, reference),
        account,
        Rail.CARD,
        Money.usd(cents),
        Instant.parse("2027-01-07T16:00:00Z"),
        null,
        new PaymentMethod("Mastercard", "5454", 1, 2030));
  }
}
