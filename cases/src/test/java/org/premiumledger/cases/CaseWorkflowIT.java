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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.cases.api.ActionStatus;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.AttachEvidenceCommand;
import org.premiumledger.cases.api.AwaitEnrolleeCommand;
import org.premiumledger.cases.api.CaseDetail;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseNotification;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.ConfirmProcessorRefundCommand;
import org.premiumledger.cases.api.EvidenceContent;
import org.premiumledger.cases.api.FetchCaseNotificationsQuery;
import org.premiumledger.cases.api.FetchCaseQuery;
import org.premiumledger.cases.api.FetchEvidenceQuery;
import org.premiumledger.cases.api.FindPendingProcessorRefundsQuery;
import org.premiumledger.cases.api.FindUndeliveredNotificationsQuery;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.api.ProcessorRefundRequest;
import org.premiumledger.cases.api.RequestMoneyActionCommand;
import org.premiumledger.cases.deadline.DeadlineWatch;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Card refunds through the processor, deadlines, evidence, notices and a rebuilt read model. */
@PremiumLedgerIntegrationTest
class CaseWorkflowIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Actor AGENT = Actor.agent("agent-ana");

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired DeadlineWatch deadlineWatch;
  @Autowired EventProcessingConfiguration processing;
  @Autowired EventStore eventStore;

  @Test
  void aCardRefundWaitsForTheProcessorsReportBeforeTheLedgerPostsIt() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId payment = record(commands, cardPayment(account, 8_000, Instant.now()));
    CaseId caseId = openAgentCase(account, payment);
    UUID actionId = UUID.randomUUID();

    commands.sendAndWait(
        new RequestMoneyActionCommand(
            caseId,
            actionId,
            new MoneyAction.Refund(payment, Money.usd(8_000)),
            AGENT,
            "charged for a cancelled plan"));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                processorRequests(actionId) == 1
                    && status(caseId) == ActionStatus.REQUESTED_FROM_PROCESSOR);
    assertThat(refundEntries(account)).isZero();
    assertThat(pendingProcessorRefunds())
        .filteredOn(request -> request.actionId().equals(actionId))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.amount()).isEqualTo(Money.usd(8_000));
              assertThat(request.refundReference()).isEqualTo("case-action-" + actionId);
            });

    commands.sendAndWait(
        new ConfirmProcessorRefundCommand(caseId, actionId, "RF-77", LocalDate.now(), AGENT));
    await().atMost(PATIENCE).until(() -> status(caseId) == ActionStatus.POSTED);

    assertThat(refundEntries(account)).isEqualTo(1);
    assertThat(pendingProcessorRefunds()).noneMatch(request -> request.actionId().equals(actionId));
    assertThat(
            jdbc.queryForList(
                """
                select l.account_code, l.side, l.amount_cents
                  from journal_entry e join journal_line l on l.entry_id = e.entry_id
                 where e.billing_account_id = ? and e.posting_rule = 'REFUND_ISSUED'
                 order by l.side desc
                """,
                account.value()))
        .containsExactly(
            Map.of(
                "account_code",
                "receivable:enrollee:" + account,
                "side",
                "D",
                "amount_cents",
                8_000L),
            Map.of("account_code", "clearing:card", "side", "C", "amount_cents", 8_000L));
    List<CaseNotification> notices = awaitNotices(caseId, 2);
    assertThat(notices.get(1).topic()).isEqualTo("refund-sent.card");
    assertThat(notices.get(1).subject()).isEqualTo("Your refund of $80.00 is on its way");
  }

  @Test
  void aRefundTheLedgerRefusesFailsAndThePosterCarriesOn() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId returned = record(commands, achPayment(account, 6_000, Instant.now()));
    PaymentId fine = record(commands, achPayment(account, 2_500, Instant.now()));
    commands.sendAndWait(
        new ReturnPaymentCommand(returned, "RET-" + UUID.randomUUID(), "R01", LocalDate.now()));
    CaseId refused = openAgentCase(account, returned);
    CaseId accepted = openAgentCase(account, fine);

    commands.sendAndWait(
        new RequestMoneyActionCommand(
            refused,
            UUID.randomUUID(),
            new MoneyAction.Refund(returned, Money.usd(6_000)),
            AGENT,
            "charged twice"));
    commands.sendAndWait(
        new RequestMoneyActionCommand(
            accepted,
            UUID.randomUUID(),
            new MoneyAction.Refund(fine, Money.usd(2_500)),
            AGENT,
            "charged twice"));

    await().atMost(PATIENCE).until(() -> status(accepted) == ActionStatus.POSTED);
    await().atMost(PATIENCE).until(() -> status(refused) == ActionStatus.FAILED);
    CaseDetail.Action failed = awaitDetail(refused).actions().get(0);
    assertThat(failed.failure()).startsWith("L014 ");
    assertThat(refundEntries(account)).isEqualTo(1);
  }

  @Test
  void deadlinesEscalateOncePerStandingHoweverOftenTheWatchRuns() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId payment = record(commands, cardPayment(account, 5_000, Instant.now()));
    CaseId caseId = openAgentCase(account, payment);
    awaitDetail(caseId);
    LocalDate muchLater = LocalDate.now().plusDays(90);

    deadlineWatch.escalateDue(muchLater);
    deadlineWatch.escalateDue(muchLater);
    ProcessorCatchUp.await(processing, eventStore, "cases-view");
    deadlineWatch.escalateDue(muchLater);

    // acknowledge and resolve, both past: one escalation each
    assertThat(escalations(caseId)).isEqualTo(2);
    CaseDetail detail = awaitDetail(caseId);
    assertThat(detail.deadlines())
        .allSatisfy(deadline -> assertThat(deadline.flaggedPast()).isTrue());
    assertThat(detail.summary().escalated()).isTrue();
  }

  @Test
  void evidenceBytesAreStoredAndServedButNeverInTheEvent() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId payment = record(commands, cardPayment(account, 5_000, Instant.now()));
    CaseId caseId = openAgentCase(account, payment);
    byte[] pdf = new byte[5_000];
    byte[] header = "%PDF-1.7\n".getBytes();
    System.arraycopy(header, 0, pdf, 0, header.length);
    Arrays.fill(pdf, header.length, pdf.length, (byte) 'x');
    UUID evidenceId = UUID.randomUUID();

    commands.sendAndWait(
        new AttachEvidenceCommand(
            caseId, evidenceId, "statement.pdf", "application/pdf", pdf, AGENT, "statement"));

    Optional<EvidenceContent> stored =
        queries
            .query(
                new FetchEvidenceQuery(caseId, evidenceId),
                ResponseTypes.optionalInstanceOf(EvidenceContent.class))
            .join();
    assertThat(stored).get().satisfies(content -> assertThat(content.content()).isEqualTo(pdf));
    Integer payloadBytes =
        jdbc.queryForObject(
            """
            select octet_length(payload) from domain_event_entry
             where aggregate_identifier = ? and payload_type like '%EvidenceAttachedEvent'
            """,
            Integer.class, caseId.value());
    assertThat(payloadBytes).isLessThan(1_000);
  }

  @Test
  void askingForInformationTellsTheHouseholdWhatWeNeed() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId payment = record(commands, cardPayment(account, 5_000, Instant.now()));
    CaseId caseId = openAgentCase(account, payment);

    commands.sendAndWait(
        new AwaitEnrolleeCommand(caseId, "A photo of your card statement for November.", AGENT));

    CaseNotification asked = awaitNotices(caseId, 2).get(1);
    assertThat(
            queries
                .query(
                    new FindUndeliveredNotificationsQuery(1_000),
                    ResponseTypes.multipleInstancesOf(CaseNotification.class))
                .join())
        .extracting(CaseNotification::notificationId)
        .contains(asked.notificationId());
    assertThat(asked.topic()).isEqualTo("info-needed");
    assertThat(asked.language()).isEqualTo("en");
    assertThat(asked.body())
        .isEqualTo(
            "To finish looking into case "
                + caseId.caseNumber()
                + ", we need this from you: A photo of your card statement for November. Please"
                + " reply to this message or call us and mention case "
                + caseId.caseNumber()
                + ". We will wait for your answer before we go on.");
  }

  @Test
  void theCaseReadModelsRebuildIdenticallyFromEvents() {
    BillingAccountId account = openAccount(commands, "en");
    PaymentId payment = record(commands, cardPayment(account, 5_000, Instant.now()));
    CaseId caseId = openAgentCase(account, payment);
    commands.sendAndWait(
        new RequestMoneyActionCommand(
            caseId,
            UUID.randomUUID(),
            new MoneyAction.Refund(payment, Money.usd(100)),
            AGENT,
            "x"));
    ProcessorCatchUp.await(processing, eventStore, "cases-view");
    String before = dumpReadModels();

    TrackingEventProcessor view =
        processing.eventProcessor("cases-view", TrackingEventProcessor.class).orElseThrow();
    view.shutDown();
    view.resetTokens();
    view.start();
    ProcessorCatchUp.await(processing, eventStore, "cases-view");

    assertThat(dumpReadModels()).isEqualTo(before);
  }

  private CaseId openAgentCase(BillingAccountId account, PaymentId payment) {
    CaseId caseId = CaseId.random();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from case_payment_directory where payment_id = ?::uuid",
                        Integer.class,
                        payment.value())
                    == 1);
    commands.sendAndWait(
        new OpenCaseCommand(
            caseId,
            account,
            CaseKind.WRONG_AMOUNT,
            CaseSource.AGENT,
            List.of(payment),
            "The household was charged for a plan it cancelled",
            null,
            AGENT));
    return caseId;
  }

  private String dumpReadModels() {
    StringBuilder dump = new StringBuilder();
    for (String query :
        List.of(
            "select * from case_view order by case_id",
            "select * from case_view_payment order by case_id, payment_id",
            "select * from case_view_deadline order by case_id, rule",
            "select * from case_view_action order by action_id",
            "select * from case_view_evidence order by evidence_id",
            "select * from case_view_timeline order by case_id, sequence")) {
      dump.append(jdbc.queryForList(query)).append('\n');
    }
    return dump.toString();
  }

  private ActionStatus status(CaseId caseId) {
    return queries
        .query(new FetchCaseQuery(caseId), ResponseTypes.optionalInstanceOf(CaseDetail.class))
        .join()
        .filter(detail -> !detail.actions().isEmpty())
        .map(detail -> detail.actions().get(0).status())
        .orElse(null);
  }

  private CaseDetail awaitDetail(CaseId caseId) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                queries
                    .query(
                        new FetchCaseQuery(caseId),
                        ResponseTypes.optionalInstanceOf(CaseDetail.class))
                    .join(),
            Optional::isPresent)
        .orElseThrow();
  }

  private List<CaseNotification> awaitNotices(CaseId caseId, int count) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                queries
                    .query(
                        new FetchCaseNotificationsQuery(caseId),
                        ResponseTypes.multipleInstancesOf(CaseNotification.class))
                    .join(),
            notices -> notices.size() >= count);
  }

  private List<ProcessorRefundRequest> pendingProcessorRefunds() {
    return queries
        .query(
            new FindPendingProcessorRefundsQuery(1_000),
            ResponseTypes.multipleInstancesOf(ProcessorRefundRequest.class))
        .join();
  }

  private int processorRequests(UUID actionId) {
    return jdbc.queryForObject(
        "select count(*) from case_processor_refund_request where action_id = ?",
        Integer.class,
        actionId);
  }

  private int refundEntries(BillingAccountId account) {
    return jdbc.queryForObject(
        "select count(*) from journal_entry where billing_account_id = ?"
            + " and posting_rule = 'REFUND_ISSUED'",
        Integer.class,
        account.value());
  }

  private int escalations(CaseId caseId) {
    return jdbc.queryForObject(
        "select count(*) from domain_event_entry where aggregate_identifier = ?"
            + " and payload_type like '%CaseEscalatedEvent'",
        Integer.class, caseId.value());
  }
}
