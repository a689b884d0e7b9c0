package org.premiumledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.BillingAccountOpenedEvent;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.JournalLine;
import org.premiumledger.ledger.api.LedgerAccount;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.projections.api.AwaitProjectionQuery;
import org.premiumledger.projections.api.AwaitProjectionResponse;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.platform.BillingAccountSequencing;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two processor instances, as two nodes would run them (each its own token-store owner, one thread,
 * so each claims one of the two segments), share the history projection over 10,000 events on one
 * database: every event is committed by exactly one of them, and the running balances come out as
 * if one node had done it all.
 */
@PremiumLedgerIntegrationTest
class TwoNodesIT {

  static final int ACCOUNTS = 100;
  static final int PAYMENTS_PER_ACCOUNT = 99;

  /** Payment p of an account is 10.00 + p cents: no two alike, so no duplicate-charge cases. */
  static final long FIRST_PAYMENT_CENTS = 1_000;

  @Autowired EventStore eventStore;
  @Autowired TransactionManager transactionManager;
  @Autowired DataSource dataSource;
  @Autowired EventProcessingConfiguration processing;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @Autowired
  @Qualifier("serializer")
  Serializer serializer;

  @Test
  void twoNodesShareTheSegmentsAndHandleEachEventOnce() {
    TrackingEventProcessor own =
        processing
            .eventProcessor(ProjectionName.HISTORY.processorName(), TrackingEventProcessor.class)
            .orElseThrow();
    own.shutDown();
    Map<String, AtomicInteger> commits = new ConcurrentHashMap<>();
    AtomicInteger byNodeA = new AtomicInteger();
    AtomicInteger byNodeB = new AtomicInteger();
    TrackingEventProcessor nodeA = node("node-a", commits, byNodeA);
    TrackingEventProcessor nodeB = node("node-b", commits, byNodeB);
    String prefix = "TWO-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    try {
      nodeA.start();
      nodeB.start();
      List<String> eventIds = publishTenThousandEvents(prefix);

      AwaitProjectionResponse caughtUp =
          queries
              .query(
                  new AwaitProjectionQuery(List.of(ProjectionName.HISTORY), null, 25_000),
                  AwaitProjectionResponse.class)
              .join();
      assertThat(caughtUp.reached()).isTrue();

      assertThat(byNodeA.get()).isPositive();
      assertThat(byNodeB.get()).isPositive();
      assertThat(eventIds).allSatisfy(id -> assertThat(commits.get(id)).hasValue(1));
      assertThat(byNodeA.get() + byNodeB.get()).isEqualTo(eventIds.size());
    } finally {
      nodeA.shutDown();
      nodeB.shutDown();
      own.start();
    }

    Long rows =
        jdbc.queryForObject(
            "select count(*) from pj_account_history where billing_account_id like ?",
            Long.class,
            prefix + "%");
    assertThat(rows).isEqualTo((long) ACCOUNTS * PAYMENTS_PER_ACCOUNT);
    Long wrongBalances =
        jdbc.queryForObject(
            """
            select count(*) from (
              select balance_after_cents,
                     row_number() over (partition by billing_account_id order by global_index) n
                from pj_account_history where billing_account_id like ?) h
             where balance_after_cents <> -(? * n + n * (n - 1) / 2)
            """,
            Long.class,
            prefix + "%",
            FIRST_PAYMENT_CENTS);
    assertThat(wrongBalances).isZero();
    Long balances =
        jdbc.queryForObject(
            "select count(*) from pj_account where billing_account_id like ? and balance_cents = ?",
            Long.class,
            prefix + "%",
            -(FIRST_PAYMENT_CENTS * PAYMENTS_PER_ACCOUNT
                + PAYMENTS_PER_ACCOUNT * (PAYMENTS_PER_ACCOUNT - 1) / 2));
    assertThat(balances).isEqualTo(ACCOUNTS);
  }

  private TrackingEventProcessor node(
      String owner, Map<String, AtomicInteger> commits, AtomicInteger committedHere) {
    JdbcTokenStore tokens =
        JdbcTokenStore.builder()
            .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
            .serializer(serializer)
            .nodeId(owner)
            .build();
    TrackingEventProcessor processor =
        TrackingEventProcessor.builder()
            .name(ProjectionName.HISTORY.processorName())
            .eventHandlerInvoker(
                SimpleEventHandlerInvoker.builder()
                    .eventHandlers(
                        context.getBean("accountStatusProjection"),
                        context.getBean("accountHistoryProjection"))
                    .sequencingPolicy(new BillingAccountSequencing())
                    .build())
            .messageSource(eventStore)
            .tokenStore(tokens)
            .transactionManager(transactionManager)
            .trackingEventProcessorConfiguration(
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andInitialSegmentsCount(2)
                    .andBatchSize(100))
            .build();
    processor.registerHandlerInterceptor(
        (unitOfWork, chain) -> {
          String eventId = unitOfWork.getMessage().getIdentifier();
          unitOfWork.onCommit(
              committed -> {
                commits.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
                committedHere.incrementAndGet();
              });
          return chain.proceed();
        });
    return processor;
  }

  /** 100 accounts opened, then 99 card payments of 12.34 to each, in rounds across accounts. */
  private List<String> publishTenThousandEvents(String prefix) {
    List<EventMessage<?>> events = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      BillingAccountId account = new BillingAccountId(prefix + a);
      events.add(
          new GenericDomainEventMessage<>(
              "BillingAccount",
              account.value(),
              0,
              new BillingAccountOpenedEvent(
                  account,
                  new Household("Node Test " + a, "en", null, null, "mail", null),
                  new Enrollment(
                      new IssuerId("ISS-1"), "PLAN-1", LocalDate.of(2027, 1, 1), null, 500, 0),
                  Money.USD)));
    }
    for (int p = 0; p < PAYMENTS_PER_ACCOUNT; p++) {
      for (int a = 0; a < ACCOUNTS; a++) {
        events.add(
            payment(
                new BillingAccountId(prefix + a), prefix + a + "-" + p, FIRST_PAYMENT_CENTS + p));
      }
    }
    for (int from = 0; from < events.size(); from += 500) {
      List<EventMessage<?>> batch = events.subList(from, Math.min(events.size(), from + 500));
      transactionManager.executeInTransaction(() -> eventStore.publish(batch));
    }
    return events.stream().map(EventMessage::getIdentifier).toList();
  }

  private static EventMessage<?> payment(BillingAccountId account, String reference, long cents) {
    PaymentIdentity identity = PaymentIdentity.processor(Rail.CARD, reference);
    PaymentId payment = PaymentId.forIdentity(identity);
    JournalEntry entry =
        new JournalEntry(
            UUID.randomUUID(),
            PostingRule.PAYMENT_RECEIVED,
            Money.USD,
            LocalDate.of(2027, 1, 5),
            List.of(
                JournalLine.debit(LedgerAccount.clearing(Rail.CARD), cents),
                JournalLine.credit(LedgerAccount.receivable(account), cents)),
            null);
    return new GenericDomainEventMessage<>(
        "Payment",
        payment.value(),
        0,
        new PaymentReceivedEvent(
            payment,
            identity,
            account,
            Rail.CARD,
            Money.usd(cents),
            Instant.parse("2027-01-05T15:00:00Z"),
            null,
            PaymentMethod.none(),
            entry));
  }
}
