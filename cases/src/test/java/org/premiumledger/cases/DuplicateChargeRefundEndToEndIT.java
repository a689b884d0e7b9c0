package org.premiumledger.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.premiumledger.cases.CaseTestData.achPayment;
import static org.premiumledger.cases.CaseTestData.openAccount;
import static org.premiumledger.cases.CaseTestData.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.cases.api.ActionStatus;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.ApproveActionCommand;
import org.premiumledger.cases.api.CaseDetail;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseNotification;
import org.premiumledger.cases.api.CaseQueueResponse;
import org.premiumledger.cases.api.CaseRefusal;
import org.premiumledger.cases.api.CaseRefusedException;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseSummary;
import org.premiumledger.cases.api.CaseTimelineResponse;
import org.premiumledger.cases.api.FetchCaseNotificationsQuery;
import org.premiumledger.cases.api.FetchCaseQuery;
import org.premiumledger.cases.api.FetchCaseTimelineQuery;
import org.premiumledger.cases.api.FindCasesQuery;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.RequestMoneyActionCommand;
import org.premiumledger.cases.api.ResolveCaseCommand;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportPaymentFileCommand;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole path of a genuine duplicate charge: two ACH debits of the same amount arrive, the
 * detector opens a case by itself, an agent asks for a refund above the approval threshold, two
 * supervisors approve at the same moment, the ledger posts the refund once, the agent resolves the
 * case, the household's notices are in the outbox in Spanish, and the ledger checks out.
 */
@PremiumLedgerIntegrationTest
class DuplicateChargeRefundEndToEndIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDuplicateChargeIsDetectedRefundedOnceResolvedAndTold() throws Exception {
    BillingAccountId account = openAccount(commands, "es");
    Instant firstArrival = Instant.now().minus(Duration.ofHours(20));
    RecordPaymentCommand first = achPayment(account, 30_000, firstArrival);
    RecordPaymentCommand second = achPayment(account, 30_000, firstArrival.plusSeconds(3_600));

    PaymentId firstId = record(commands, first);
    record(commands, first);
    PaymentId secondId = record(commands, second);

    CaseSummary opened = awaitOneCase(account);
    assertThat(opened.kind()).isEqualTo(CaseKind.DUPLICATE_CHARGE);
    assertThat(opened.source()).isEqualTo(CaseSource.DUPLICATE_DETECTOR);
    assertThat(opened.paymentCount()).isEqualTo(2);
    CaseDetail detail = fetch(opened);
    assertThat(detail.payments())
        .extracting(payment -> payment.paymentId())
        .containsExactly(firstId, secondId);

    UUID actionId = UUID.randomUUID();
    commands.sendAndWait(
        new RequestMoneyActionCommand(
            opened.caseId(),
            actionId,
            new MoneyAction.Refund(secondId, Money.usd(30_000)),
            Actor.agent("agent-ana"),
            "The household paid the same premium twice by mistake"));
    await().atMost(PATIENCE).until(() -> fetch(opened).summary().actionsAwaitingApproval() == 1);
    assertThat(fetch(opened).actions().get(0).status()).isEqualTo(ActionStatus.AWAITING_APPROVAL);

    List<Throwable> outcomes = approveAtTheSameMoment(opened, actionId);
    assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
    assertThat(outcomes)
        .filteredOn(outcome -> outcome != null)
        .singleElement()
        .isInstanceOfSatisfying(
            CaseRefusedException.class,
            refused ->
                assertThat(refused.refusal()).isEqualTo(CaseRefusal.ACTION_NOT_AWAITING_APPROVAL));

    await()
        .atMost(PATIENCE)
        .until(() -> fetch(opened).actions().get(0).status() == ActionStatus.POSTED);
    assertThat(fetch(opened).summary().paidOutCents()).isEqualTo(30_000);
    assertThat(refundLines(account))
        .containsExactlyInAnyOrder(
            Map.of("account_code", "receivable:enrollee:" + account, "side", "D", "cents", 30_000L),
            Map.of("account_code", "clearing:ach", "side", "C", "cents", 30_000L));
    assertThat(authorizedEvents(opened)).isEqualTo(1);

    commands.sendAndWait(
        new ResolveCaseCommand(
            opened.caseId(),
            CaseResolution.REFUNDED,
            Actor.agent("agent-ana"),
            "Refunded the second debit"));
    await().atMost(PATIENCE).until(() -> fetch(opened).summary().status() == CaseStatus.RESOLVED);

    List<CaseNotification> notices = awaitNotifications(opened, 3);
    assertThat(notices)
        .extracting(CaseNotification::topic)
        .containsExactly("case-opened.duplicate", "refund-sent.bank", "resolved.refunded");
    assertThat(notices).allSatisfy(notice -> assertThat(notice.language()).isEqualTo("es"));
    assertThat(notices.get(1).subject()).isEqualTo("Su reembolso de $300.00 está en camino");
    assertThat(notices.get(0).body()).startsWith("Lo sentimos.").contains(opened.caseNumber());

    CaseTimelineResponse timeline =
        queries
            .query(new FetchCaseTimelineQuery(opened.caseId()), CaseTimelineResponse.class)
            .join();
    assertThat(timeline.entries())
        .extracting(CaseTimelineResponse.Entry::what)
        .startsWith("CASE_OPENED", "MONEY_ACTION_REQUESTED", "MONEY_ACTION_AUTHORIZED")
        .contains("MONEY_ACTION_POSTED", "CASE_RESOLVED");
    assertThat(timeline.entries()).allSatisfy(entry -> assertThat(entry.userId()).isNotBlank());

    LedgerCheckReport check =
        queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
    assertThat(check.violations()).isEmpty();
    assertThat(check.ok()).isTrue();
  }

  /**
   * The same path from a payment file: a lockbox deposit holds two checks of the same amount from
   * one household, and a second, overlapping deposit file repeats one of them. The repeat is
   * recorded once; the two distinct checks open the case by themselves.
   */
  @Test
  void aDuplicateChargeInAnImportedPaymentFileOpensACaseAndIsRefundedOnce() throws Exception {
    BillingAccountId account = openAccount(commands, "en");
    LocalDate deposited = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
    Path firstFile = lockboxFile(deposited, account, "7001", "7002");
    Path overlapping = lockboxFile(deposited, account, "7002");

    FileImportReport first =
        commands.sendAndWait(new ImportPaymentFileCommand(firstFile, "end-to-end-test"));
    FileImportReport second =
        commands.sendAndWait(new ImportPaymentFileCommand(overlapping, "end-to-end-test"));

    assertThat(first.rejections()).isEmpty();
    assertThat(first.posted()).isEqualTo(2);
    assertThat(second.posted()).isZero();
    assertThat(second.alreadyPresent()).isEqualTo(1);
    PaymentId duplicate = PaymentId.forIdentity(PaymentIdentity.lockbox(deposited, "7002"));
    CaseSummary opened = awaitOneCase(account);
    assertThat(opened.kind()).isEqualTo(CaseKind.DUPLICATE_CHARGE);
    assertThat(opened.source()).isEqualTo(CaseSource.DUPLICATE_DETECTOR);

    UUID actionId = UUID.randomUUID();
    commands.sendAndWait(
        new RequestMoneyActionCommand(
            opened.caseId(),
            actionId,
            new MoneyAction.Refund(duplicate, Money.usd(21_240)),
            Actor.agent("agent-ana"),
            "The household mailed the same premium twice"));
    await().atMost(PATIENCE).until(() -> fetch(opened).summary().actionsAwaitingApproval() == 1);
    commands.sendAndWait(
        new ApproveActionCommand(opened.caseId(), actionId, Actor.supervisor("sup-sam"), "ok"));
    await()
        .atMost(PATIENCE)
        .until(() -> fetch(opened).actions().get(0).status() == ActionStatus.POSTED);

    assertThat(refundLines(account))
        .containsExactlyInAnyOrder(
            Map.of("account_code", "receivable:enrollee:" + account, "side", "D", "cents", 21_240L),
            Map.of("account_code", "clearing:check", "side", "C", "cents", 21_240L));
    commands.sendAndWait(
        new ResolveCaseCommand(
            opened.caseId(), CaseResolution.REFUNDED, Actor.agent("agent-ana"), "Refunded"));
    await().atMost(PATIENCE).until(() -> fetch(opened).summary().status() == CaseStatus.RESOLVED);
    assertThat(awaitNotifications(opened, 3))
        .extracting(CaseNotification::topic)
        .containsExactly("case-opened.duplicate", "refund-sent.other", "resolved.refunded");
    LedgerCheckReport check =
        queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
    assertThat(check.violations()).isEmpty();
  }

  private static Path lockboxFile(
      LocalDate deposited, BillingAccountId account, String... checkNumbers) throws IOException {
    StringBuilder csv =
        new StringBuilder("deposit_date,check_number,amount,payer_name,billing_account_id\n");
    for (String checkNumber : checkNumbers) {
      csv.append(deposited)
          .append(',')
          .append(checkNumber)
          .append(",212.40,Household Test,")
          .append(account.value())
          .append('\n');
    }
    Path file = Files.createTempFile("lockbox-", ".csv");
    Files.writeString(file, csv.toString());
    return file;
  }

  private List<Throwable> approveAtTheSameMoment(CaseSummary opened, UUID actionId)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Throwable>> approvals = new ArrayList<>();
    for (String supervisor : List.of("sup-sam", "sup-sol")) {
      approvals.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                  commands.sendAndWait(
                      new ApproveActionCommand(
                          opened.caseId(), actionId, Actor.supervisor(supervisor), "checked"));
                  return null;
                } catch (Throwable failure) {
                  return failure;
                }
              }));
    }
    start.countDown();
    List<Throwable> outcomes = new ArrayList<>();
    for (CompletableFuture<Throwable> approval : approvals) {
      outcomes.add(approval.get());
    }
    return outcomes;
  }

  private CaseSummary awaitOneCase(BillingAccountId account) {
    FindCasesQuery query =
        new FindCasesQuery(null, null, null, account, false, false, false, 0, 10);
    return await()
        .atMost(PATIENCE)
        .until(
            () -> queries.query(query, CaseQueueResponse.class).join().cases(),
            cases -> cases.size() == 1 && cases.get(0).paymentCount() == 2)
        .get(0);
  }

  private CaseDetail fetch(CaseSummary summary) {
    Optional<CaseDetail> detail =
        queries
            .query(
                new FetchCaseQuery(summary.caseId()),
                ResponseTypes.optionalInstanceOf(CaseDetail.class))
            .join();
    return detail.orElseThrow();
  }

  private List<CaseNotification> awaitNotifications(CaseSummary summary, int count) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                queries
                    .query(
                        new FetchCaseNotificationsQuery(summary.caseId()),
                        ResponseTypes.multipleInstancesOf(CaseNotification.class))
                    .join(),
            notices -> notices.size() >= count);
  }

  private List<Map<String, Object>> refundLines(BillingAccountId account) {
    return jdbc.queryForList(
        """
        select l.account_code, l.side, l.amount_cents as cents
          from journal_entry e
          join journal_line l on l.entry_id = e.entry_id
         where e.billing_account_id = ? and e.posting_rule = 'REFUND_ISSUED'
        """,
        account.value());
  }

  private long authorizedEvents(CaseSummary summary) {
    Long count =
        jdbc.queryForObject(
            """
            select count(*) from domain_event_entry
             where aggregate_identifier = ? and payload_type like '%MoneyActionAuthorizedEvent'
            """,
            Long.class, summary.caseId().value());
    return count == null ? 0 : count;
  }
}
