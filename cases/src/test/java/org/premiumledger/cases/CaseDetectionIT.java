package org.premiumledger.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.premiumledger.cases.CaseTestData.achPayment;
import static org.premiumledger.cases.CaseTestData.cardPayment;
import static org.premiumledger.cases.CaseTestData.openAccount;
import static org.premiumledger.cases.CaseTestData.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseDetail;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseQueueResponse;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.CaseSummary;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DismissDetectionCommand;
import org.premiumledger.cases.api.FetchCaseQuery;
import org.premiumledger.cases.api.FindCasesQuery;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The duplicate detector and the ledger's reactions, on the embedded database. */
@PremiumLedgerIntegrationTest
class CaseDetectionIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Instant MORNING = Instant.parse("2026-11-10T14:00:00Z");

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired EventStore eventStore;

  @Test
  void aThirdEqualPaymentJoinsTheOpenCase() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId first = record(commands, cardPayment(account, 41_250, MORNING));
    PaymentId second = record(commands, cardPayment(account, 41_250, MORNING.plusSeconds(60)));
    PaymentId third = record(commands, cardPayment(account, 41_250, MORNING.plusSeconds(7_200)));

    CaseSummary found = awaitCases(account, 1, 3).get(0);

    assertThat(detail(found).payments())
        .extracting(payment -> payment.paymentId())
        .containsExactly(first, second, third);
  }

  @Test
  void aRedeliveredPaymentOrOneOutsideTheWindowIsNoDuplicate() {
    BillingAccountId quiet = openAccount(commands, "en");
    RecordPaymentCommand once = achPayment(quiet, 20_000, MORNING);
    record(commands, once);
    record(commands, once);
    // 10 November and 20 December: other months, 40 days apart
    record(commands, achPayment(quiet, 20_000, MORNING.plus(Duration.ofDays(40))));
    // another amount on the same day
    record(commands, achPayment(quiet, 20_001, MORNING));

    ProcessorCatchUp.await(processing, eventStore, "cases-intake");
    ProcessorCatchUp.await(processing, eventStore, "cases-view");

    assertThat(cases(quiet)).isEmpty();
  }

  @Test
  void twoPaymentsAcrossAMonthEndWithinTheWindowAreSuspected() {
    BillingAccountId account = openAccount(commands, "en");
    // 30 November 23:00 and 2 December 09:00 in New York: other months, within 3 days
    record(commands, achPayment(account, 9_900, Instant.parse("2026-12-01T04:00:00Z")));
    record(commands, achPayment(account, 9_900, Instant.parse("2026-12-02T14:00:00Z")));

    assertThat(awaitCases(account, 1, 2)).hasSize(1);
  }

  @Test
  void aDismissedDetectionIsNotRaisedAgainEvenOnReplay() {
    BillingAccountId account = openAccount(commands, "en");
    record(commands, cardPayment(account, 15_000, MORNING));
    record(commands, cardPayment(account, 15_000, MORNING.plusSeconds(30)));
    CaseSummary detection = awaitCases(account, 1, 2).get(0);

    commands.sendAndWait(
        new DismissDetectionCommand(
            detection.caseId(), Actor.agent("agent-ana"), "paid two household members"));
    ProcessorCatchUp.await(processing, eventStore, "cases-intake");
    replay("cases-intake");

    assertThat(cases(account)).hasSize(1);
    assertThat(detail(detection).summary().resolution()).isEqualTo(CaseResolution.DENIED);
    Integer dismissedPairs =
        jdbc.queryForObject(
            "select count(*) from case_duplicate_pair where case_id = ?::uuid"
                + " and dismissed_at is not null",
            Integer.class,
            detection.caseId().value());
    assertThat(dismissedPairs).isEqualTo(1);
  }

  @Test
  void anUnauthorizedAchReturnOpensACaseAndAnInsufficientFundsReturnDoesNot() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId disputed = record(commands, achPayment(account, 30_000, MORNING));
    PaymentId bounced = record(commands, achPayment(account, 25_000, MORNING));
    commands.sendAndWait(
        new ReturnPaymentCommand(bounced, "RET-" + UUID.randomUUID(), "R01", LocalDate.now()));
    commands.sendAndWait(
        new ReturnPaymentCommand(disputed, "RET-" + UUID.randomUUID(), "R10", LocalDate.now()));

    CaseSummary found = awaitCases(account, 1, 1).get(0);

    assertThat(found.kind()).isEqualTo(CaseKind.UNAUTHORIZED_PAYMENT);
    assertThat(found.source()).isEqualTo(CaseSource.ACH_RETURN);
    assertThat(detail(found).payments()).extracting(p -> p.paymentId()).containsExactly(disputed);
  }

  @Test
  void aChargebackNoticeOpensACaseWithItsResponseDate() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId charged = record(commands, cardPayment(account, 18_000, MORNING));
    LocalDate respondBy = LocalDate.now().plusDays(12);
    commands.sendAndWait(
        new OpenChargebackCommand(
            charged,
            "CB-" + UUID.randomUUID(),
            Money.usd(18_000),
            "10.4",
            LocalDate.now(),
            respondBy));

    CaseSummary found = awaitCases(account, 1, 1).get(0);

    assertThat(found.source()).isEqualTo(CaseSource.CARD_CHARGEBACK);
    assertThat(detail(found).deadlines())
        .filteredOn(deadline -> deadline.rule() == DeadlineRule.CHARGEBACK_RESPONSE)
        .singleElement()
        .satisfies(deadline -> assertThat(deadline.dueOn()).isEqualTo(respondBy));
  }

  private void replay(String name) {
    TrackingEventProcessor processor =
        processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    ProcessorCatchUp.await(processing, eventStore, name);
    ProcessorCatchUp.await(processing, eventStore, "cases-view");
  }

  private List<CaseSummary> awaitCases(BillingAccountId account, int count, int payments) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> cases(account),
            found ->
                found.size() == count
                    && found.stream().allMatch(summary -> summary.paymentCount() == payments));
  }

  private List<CaseSummary> cases(BillingAccountId account) {
    return queries
        .query(
            new FindCasesQuery(null, null, null, account, false, false, false, 0, 50),
            CaseQueueResponse.class)
        .join()
        .cases();
  }

  private CaseDetail detail(CaseSummary summary) {
    return queries
        .query(
            new FetchCaseQuery(summary.caseId()),
            ResponseTypes.optionalInstanceOf(CaseDetail.class))
        .join()
        .orElseThrow();
  }
}
