package org.premiumledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.CancelBillCommand;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.UpdateHouseholdCommand;
import org.premiumledger.projections.api.AuditTrailResponse;
import org.premiumledger.projections.api.AwaitProjectionQuery;
import org.premiumledger.projections.api.AwaitProjectionResponse;
import org.premiumledger.projections.api.FetchAuditTrailQuery;
import org.premiumledger.projections.api.FetchProjectionStatusQuery;
import org.premiumledger.projections.api.FindBillingAccountsQuery;
import org.premiumledger.projections.api.FindBillingAccountsResponse;
import org.premiumledger.projections.api.FindPaymentsQuery;
import org.premiumledger.projections.api.FindPaymentsResponse;
import org.premiumledger.projections.api.PaymentSort;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionStatusResponse;
import org.premiumledger.projections.platform.ProjectionSettings;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

@PremiumLedgerIntegrationTest
class SearchAndAuditIT {

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired ProjectionSettings settings;

  @Autowired
  @Qualifier("projections")
  HealthIndicator projectionHealth;

  LedgerDriver ledger;

  @BeforeEach
  void driver() {
    ledger = new LedgerDriver(commands, queries);
  }

  /**
   * Five card payments of 1.00, 5.00, 3.00, 5.00, 2.00 on 1..5 March 2027 and one ACH payment of
   * 9.00 on 6 March, to one household whose name holds a random word.
   */
  @Test
  void findsPaymentsByEachCriterionInKeysetPages() {
    String word = "Quintanilla" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    BillingAccountId account = ledger.openAccount("Marisol " + word);
    String last4 = LedgerDriver.randomDigits(4);
    long[] cents = {100, 500, 300, 500, 200};
    List<PaymentId> cards = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      cards.add(ledger.card(account, cents[day - 1], "2027-03-0" + day + "T15:00:00Z", last4));
    }
    String trace = LedgerDriver.randomDigits(15);
    PaymentId ach = ledger.ach(account, 900, "2027-03-06T15:00:00Z", trace);
    ledger.awaitProjections();

    List<FindPaymentsResponse.Hit> newest =
        allPages(byAccount(account, PaymentSort.NEWEST_FIRST, 2));
    assertThat(newest)
        .extracting(FindPaymentsResponse.Hit::paymentId)
        .containsExactly(
            ach.value(),
            cards.get(4).value(),
            cards.get(3).value(),
            cards.get(2).value(),
            cards.get(1).value(),
            cards.get(0).value());
    assertThat(newest.get(0).householdName()).isEqualTo("Marisol " + word);

    List<FindPaymentsResponse.Hit> largest =
        allPages(byAccount(account, PaymentSort.LARGEST_FIRST, 4));
    assertThat(largest)
        .extracting(FindPaymentsResponse.Hit::amountCents)
        .containsExactly(900L, 500L, 500L, 300L, 200L, 100L);

    assertThat(find(criteria(word.toLowerCase(), null, null, null, null, null, null, null)))
        .hasSize(6);
    String reference = hit(cards.get(2)).identityReference();
    assertThat(find(criteria(null, null, reference, null, null, null, null, null)))
        .extracting(FindPaymentsResponse.Hit::paymentId)
        .containsExactly(cards.get(2).value());
    assertThat(find(criteria(null, null, null, trace, null, null, null, null)))
        .extracting(FindPaymentsResponse.Hit::paymentId, FindPaymentsResponse.Hit::rail)
        .containsExactly(tuple(ach.value(), "ach"));
    assertThat(
            find(
                criteria(
                    null,
                    account.value(),
                    null,
                    null,
                    last4,
                    500L,
                    Instant.parse("2027-03-02T00:00:00Z"),
                    Instant.parse("2027-03-04T00:00:00Z"))))
        .extracting(FindPaymentsResponse.Hit::paymentId)
        .containsExactly(cards.get(1).value());

    FindBillingAccountsResponse accounts =
        queries
            .query(
                new FindBillingAccountsQuery(word, null, 10, null),
                FindBillingAccountsResponse.class)
            .join();
    assertThat(accounts.hits())
        .extracting(FindBillingAccountsResponse.Hit::billingAccountId)
        .containsExactly(account.value());
    assertThat(
            queries
                .query(
                    new FindBillingAccountsQuery(
                        null, account.value().substring(0, 12) + "*", 10, null),
                    FindBillingAccountsResponse.class)
                .join()
                .hits())
        .extracting(FindBillingAccountsResponse.Hit::billingAccountId)
        .contains(account.value());
  }

  @Test
  void theAuditTrailShowsWhoDidWhatAndWhy() {
    BillingAccountId account = ledger.openAccount("Nadia Berg");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    ledger.sendAs(
        new UpdateHouseholdCommand(
            account, new Household("Nadia Berg-Olsen", "es", "n@example.org", null, "sms", "MA")),
        "agent-7",
        "the caller asked for Spanish");
    ledger.send(
        new CancelBillCommand(
            account, YearMonth.of(2027, 1), "issued in error", LocalDate.of(2026, 12, 2)));
    ledger.awaitProjections();

    AuditTrailResponse trail =
        queries
            .query(
                new FetchAuditTrailQuery(null, null, account.value(), 50, null),
                AuditTrailResponse.class)
            .join();

    assertThat(trail.entries())
        .extracting(
            AuditTrailResponse.Entry::eventType,
            AuditTrailResponse.Entry::userId,
            AuditTrailResponse.Entry::reason)
        .containsExactly(
            tuple("BillingAccountOpenedEvent", null, null),
            tuple("PremiumBilledEvent", null, null),
            tuple("HouseholdUpdatedEvent", "agent-7", "the caller asked for Spanish"),
            tuple("BillCancelledEvent", null, "issued in error"));
    AuditTrailResponse.Entry update = trail.entries().get(2);
    assertThat(update.aggregateIdentifier()).isEqualTo(account.value());
    assertThat(update.aggregateType()).isEqualTo("BillingAccount");
    assertThat(update.payloadJson()).contains("Nadia Berg-Olsen");
    assertThat(update.metaDataJson()).contains("agent-7");
  }

  @Test
  void aViewWaitsWithABoundAndLagShowsInHealth() {
    ledger.openAccount("Ivo Kral");
    long reached = ledger.awaitProjections();

    // Other modules may append events of their own meanwhile, so the lag is bounded, not zero.
    ProjectionStatusResponse status =
        queries.query(new FetchProjectionStatusQuery(), ProjectionStatusResponse.class).join();
    assertThat(status.projections())
        .allSatisfy(
            projection -> {
              assertThat(projection.segments()).isEqualTo(2);
              assertThat(projection.position()).isGreaterThanOrEqualTo(reached);
              assertThat(projection.lag())
                  .isEqualTo(status.headGlobalIndex() - projection.position());
            });
    assertThat(projectionHealth.health().getStatus()).isEqualTo(Status.UP);

    AwaitProjectionResponse unreachable =
        queries
            .query(
                new AwaitProjectionQuery(
                    List.of(ProjectionName.JOURNAL), status.headGlobalIndex() + 1_000, 100),
                AwaitProjectionResponse.class)
            .join();
    assertThat(unreachable.reached()).isFalse();
    assertThat(unreachable.waitedMillis()).isGreaterThanOrEqualTo(100);

    long bound = settings.getMaxLagEvents();
    try {
      settings.setMaxLagEvents(-1);
      assertThat(projectionHealth.health().getStatus().getCode()).isEqualTo("DEGRADED");
    } finally {
      settings.setMaxLagEvents(bound);
    }
  }

  private FindPaymentsResponse.Hit hit(PaymentId payment) {
    return find(byAccount(null, PaymentSort.NEWEST_FIRST, 1_000)).stream()
        .filter(hit -> hit.paymentId().equals(payment.value()))
        .findFirst()
        .orElseThrow();
  }

  private List<FindPaymentsResponse.Hit> find(FindPaymentsQuery query) {
    return queries.query(query, FindPaymentsResponse.class).join().hits();
  }

  private List<FindPaymentsResponse.Hit> allPages(FindPaymentsQuery first) {
    List<FindPaymentsResponse.Hit> hits = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      FindPaymentsQuery page =
          new FindPaymentsQuery(
              first.householdName(),
              first.billingAccountId(),
              first.paymentReference(),
              first.achTraceNumber(),
              first.cardLast4(),
              first.amountCents(),
              first.receivedFrom(),
              first.receivedTo(),
              first.sort(),
              first.pageSize(),
              cursor);
      FindPaymentsResponse response = queries.query(page, FindPaymentsResponse.class).join();
      assertThat(response.hits()).hasSizeLessThanOrEqualTo(first.pageSize());
      hits.addAll(response.hits());
      cursor = response.nextCursor();
      pages++;
    } while (cursor != null && pages < 100);
    return hits;
  }

  private static FindPaymentsQuery byAccount(
      BillingAccountId account, PaymentSort sort, int pageSize) {
    return new FindPaymentsQuery(
        null,
        account == null ? null : account.value(),
        null,
        null,
        null,
        null,
        null,
        null,
        sort,
        pageSize,
        null);
  }

  private static FindPaymentsQuery criteria(
      String name,
      String account,
      String reference,
      String trace,
      String last4,
      Long cents,
      Instant from,
      Instant to) {
    return new FindPaymentsQuery(
        name,
        account,
        reference,
        trace,
        last4,
        cents,
        from,
        to,
        PaymentSort.NEWEST_FIRST,
        100,
        null);
  }
}
