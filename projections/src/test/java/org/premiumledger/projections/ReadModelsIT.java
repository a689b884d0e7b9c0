package org.premiumledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.ApplyUnappliedPaymentCommand;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.RecordProcessorFeeCommand;
import org.premiumledger.ledger.api.RecordUnmatchedReturnCommand;
import org.premiumledger.ledger.api.ResolveChargebackCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.ledger.api.ReviewCoverageCommand;
import org.premiumledger.ledger.api.SettleAchPaymentCommand;
import org.premiumledger.ledger.api.VoidPaymentCommand;
import org.premiumledger.projections.api.AccountBalancesResponse;
import org.premiumledger.projections.api.CoverageStatusResponse;
import org.premiumledger.projections.api.FetchAccountBalancesQuery;
import org.premiumledger.projections.api.FetchCoverageStatusQuery;
import org.premiumledger.projections.api.FetchIntakeExceptionsQuery;
import org.premiumledger.projections.api.FetchJournalQuery;
import org.premiumledger.projections.api.FetchPaymentDetailQuery;
import org.premiumledger.projections.api.FetchPaymentHistoryQuery;
import org.premiumledger.projections.api.FetchTrialBalanceQuery;
import org.premiumledger.projections.api.IntakeExceptionsResponse;
import org.premiumledger.projections.api.JournalResponse;
import org.premiumledger.projections.api.PaymentDetailResponse;
import org.premiumledger.projections.api.PaymentHistoryResponse;
import org.premiumledger.projections.api.TrialBalanceResponse;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every read model against commands sent through the gateway, with the expected rows worked out by
 * hand: an account with coverage from January 2027 and a net premium of 200.00 a month.
 */
@PremiumLedgerIntegrationTest
class ReadModelsIT {

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  LedgerDriver ledger;

  @BeforeEach
  void driver() {
    ledger = new LedgerDriver(commands, queries);
  }

  /**
   * Bills Jan and Feb (+200, +200), a card payment (-150), an ACH payment (-250) that settles and
   * is returned R01 (+250), a fee (not on the receivable) and a refund of 50 (+50): balances 200,
   * 400, 250, 0, 250, 300.
   */
  @Test
  void historyCarriesARunningBalanceNewestFirstInKeysetPages() {
    BillingAccountId account = ledger.openAccount("Rosa Delgado");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    ledger.bill(account, YearMonth.of(2027, 2), LocalDate.of(2027, 1, 1));
    PaymentId card = ledger.card(account, 15_000, "2027-01-05T15:00:00Z", "4242");
    PaymentId ach =
        ledger.ach(account, 25_000, "2027-01-10T15:00:00Z", LedgerDriver.randomDigits(15));
    ledger.send(new SettleAchPaymentCommand(ach, LocalDate.of(2027, 1, 12)));
    ledger.send(
        new ReturnPaymentCommand(ach, "RET-" + UUID.randomUUID(), "R01", date("2027-01-20")));
    ledger.send(new RecordProcessorFeeCommand(card, "FEE-1", Money.usd(300), date("2027-01-06")));
    ledger.send(
        new IssueRefundCommand(card, "REF-1", Money.usd(5_000), "APR-1", date("2027-01-22")));
    ledger.awaitProjections();

    PaymentHistoryResponse first = history(account, 4, null);
    PaymentHistoryResponse second = history(account, 4, first.nextCursor());

    assertThat(first.lines())
        .extracting(
            PaymentHistoryResponse.Line::postingRule,
            PaymentHistoryResponse.Line::debitCents,
            PaymentHistoryResponse.Line::creditCents,
            PaymentHistoryResponse.Line::balanceAfterCents,
            PaymentHistoryResponse.Line::reasonCode)
        .containsExactly(
            tuple("REFUND_ISSUED", 5_000L, 0L, 30_000L, null),
            tuple("ACH_RETURN_AFTER_SETTLEMENT", 25_000L, 0L, 25_000L, "R01"),
            tuple("PAYMENT_RECEIVED", 0L, 25_000L, 0L, null),
            tuple("PAYMENT_RECEIVED", 0L, 15_000L, 25_000L, null));
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.lines())
        .extracting(
            PaymentHistoryResponse.Line::postingRule,
            PaymentHistoryResponse.Line::reference,
            PaymentHistoryResponse.Line::balanceAfterCents)
        .containsExactly(
            tuple("PREMIUM_BILLED", "2027-02", 40_000L),
            tuple("PREMIUM_BILLED", "2027-01", 20_000L));
    assertThat(second.nextCursor()).isNull();
    assertThat(first.lines().get(3).paymentId()).isEqualTo(card.value());

    CoverageStatusResponse status = coverage(account, date("2027-01-23"));
    assertThat(status.balanceCents()).isEqualTo(30_000);
    assertThat(status.amountDueCents()).isEqualTo(30_000);
  }

  @Test
  void paymentDetailShowsEveryStepWithTheEntryItPosted() {
    BillingAccountId account = ledger.openAccount("Ines Park");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    PaymentId ach =
        ledger.ach(account, 25_000, "2027-01-10T15:00:00Z", LedgerDriver.randomDigits(15));
    ledger.send(new SettleAchPaymentCommand(ach, LocalDate.of(2027, 1, 12)));
    ledger.send(
        new ReturnPaymentCommand(ach, "RET-" + UUID.randomUUID(), "R01", date("2027-01-20")));
    PaymentId lost = ledger.card(account, 10_000, "2027-01-07T15:00:00Z", "1111");
    ledger.send(
        new OpenChargebackCommand(
            lost, "CB-1", Money.usd(4_000), "10.4", date("2027-01-15"), date("2027-02-01")));
    ledger.send(new ResolveChargebackCommand(lost, "CB-1", false, date("2027-01-25")));
    ledger.send(
        new IssueRefundCommand(lost, "REF-9", Money.usd(1_000), "APR-9", date("2027-01-26")));
    PaymentId won = ledger.card(account, 3_000, "2027-01-08T15:00:00Z", "2222");
    ledger.send(
        new OpenChargebackCommand(
            won, "CB-2", Money.usd(3_000), "13.1", date("2027-01-15"), date("2027-02-01")));
    ledger.send(new ResolveChargebackCommand(won, "CB-2", true, date("2027-01-28")));
    PaymentId voided = ledger.card(account, 999, "2027-01-09T15:00:00Z", "3333");
    ledger.send(new VoidPaymentCommand(voided, "keyed twice", date("2027-01-09")));
    ledger.awaitProjections();

    PaymentDetailResponse returned = detail(ach);
    assertThat(returned.payment().status()).isEqualTo("RETURNED");
    assertThat(returned.payment().settledOn()).isEqualTo(date("2027-01-12"));
    assertThat(returned.steps())
        .extracting(
            PaymentDetailResponse.Step::step,
            PaymentDetailResponse.Step::businessDate,
            PaymentDetailResponse.Step::reasonCode,
            PaymentDetailResponse.Step::detail)
        .containsExactly(
            tuple("RECEIVED", date("2027-01-10"), null, "ach"),
            tuple("SETTLED", date("2027-01-12"), null, null),
            tuple("RETURNED", date("2027-01-20"), "R01", "after settlement"));
    JournalResponse.Entry returnEntry = entry(returned.steps().get(2).journalEntryId(), account);
    assertThat(returnEntry.postingRule()).isEqualTo("ACH_RETURN_AFTER_SETTLEMENT");
    assertThat(returnEntry.lines())
        .extracting(
            JournalResponse.Line::accountCode,
            JournalResponse.Line::side,
            JournalResponse.Line::amountCents)
        .containsExactlyInAnyOrder(
            tuple("receivable:enrollee:" + account.value(), "D", 25_000L),
            tuple("cash:premium-trust", "C", 25_000L));

    PaymentDetailResponse chargedBack = detail(lost);
    assertThat(chargedBack.steps())
        .extracting(PaymentDetailResponse.Step::step, PaymentDetailResponse.Step::amountCents)
        .containsExactly(
            tuple("RECEIVED", 10_000L),
            tuple("CHARGEBACK_OPENED", 4_000L),
            tuple("CHARGEBACK_LOST", 4_000L),
            tuple("REFUNDED", 1_000L));
    assertThat(chargedBack.steps().get(1).reasonCode()).isEqualTo("10.4");
    assertThat(chargedBack.payment().status()).isEqualTo("PARTLY_REFUNDED");
    assertThat(chargedBack.payment().chargedBackCents()).isEqualTo(4_000);
    assertThat(chargedBack.payment().refundedCents()).isEqualTo(1_000);
    assertThat(chargedBack.payment().methodLast4()).isEqualTo("1111");

    assertThat(detail(won).payment().status()).isEqualTo("CHARGEBACK_WON");

    PaymentDetailResponse voidedDetail = detail(voided);
    assertThat(voidedDetail.payment().status()).isEqualTo("VOIDED");
    JournalResponse.Entry mirror = entry(voidedDetail.steps().get(1).journalEntryId(), account);
    assertThat(mirror.correctsEntryId()).isEqualTo(voidedDetail.steps().get(0).journalEntryId());

    assertThat(detail(PaymentId.forIdentity(PaymentIdentity.achTrace("nope"))).found()).isFalse();
  }

  /**
   * Binder (Jan, due 2027-01-31) paid 2027-01-05: effectuated, CURRENT. Feb (due 2027-01-31) and
   * Mar (due 2027-02-28) unpaid on 2027-02-05: APTC grace from Feb to 2027-04-30, owing 400.00,
   * next due 2027-01-31; pending termination once that date has passed. Paid in full on 2027-02-10:
   * cured, CURRENT, nothing due.
   */
  @Test
  void coverageStatusFollowsEffectuationGraceAndCure() {
    BillingAccountId account = ledger.openAccount("Tomas Reyes");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    ledger.card(account, 20_000, "2027-01-05T15:00:00Z", "4444");
    ledger.send(new ReviewCoverageCommand(account, date("2027-01-06")));
    ledger.awaitProjections();
    CoverageStatusResponse current = coverage(account, date("2027-01-06"));
    assertThat(current.coverageKind()).isEqualTo("CURRENT");
    assertThat(current.effectuatedOn()).isEqualTo(date("2027-01-05"));
    assertThat(current.amountDueCents()).isZero();
    assertThat(current.nextDueDate()).isNull();

    ledger.bill(account, YearMonth.of(2027, 2), LocalDate.of(2027, 1, 1));
    ledger.bill(account, YearMonth.of(2027, 3), LocalDate.of(2027, 2, 1));
    ledger.send(new ReviewCoverageCommand(account, date("2027-02-05")));
    ledger.awaitProjections();
    CoverageStatusResponse inGrace = coverage(account, date("2027-02-05"));
    assertThat(inGrace.coverageKind()).isEqualTo("IN_GRACE");
    assertThat(inGrace.firstGraceMonth()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(inGrace.graceEndsOn()).isEqualTo(date("2027-04-30"));
    assertThat(inGrace.amountDueCents()).isEqualTo(40_000);
    assertThat(inGrace.nextDueDate()).isEqualTo(date("2027-01-31"));
    assertThat(inGrace.bills())
        .extracting(
            CoverageStatusResponse.Bill::coverageMonth, CoverageStatusResponse.Bill::dueDate)
        .containsExactly(
            tuple(YearMonth.of(2027, 1), date("2027-01-31")),
            tuple(YearMonth.of(2027, 2), date("2027-01-31")),
            tuple(YearMonth.of(2027, 3), date("2027-02-28")));
    assertThat(coverage(account, date("2027-05-01")).coverageKind())
        .isEqualTo("TERMINATION_PENDING");

    ledger.card(account, 40_000, "2027-02-10T15:00:00Z", "4444");
    ledger.send(new ReviewCoverageCommand(account, date("2027-02-11")));
    ledger.awaitProjections();
    CoverageStatusResponse cured = coverage(account, date("2027-02-11"));
    assertThat(cured.coverageKind()).isEqualTo("CURRENT");
    assertThat(cured.firstGraceMonth()).isNull();
    assertThat(cured.amountDueCents()).isZero();
  }

  @Test
  void aBinderNeverPaidCancelsCoverageAndTheBill() {
    BillingAccountId account = ledger.openAccount("Lena Ortiz");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    ledger.send(new ReviewCoverageCommand(account, date("2027-02-01")));
    ledger.awaitProjections();

    CoverageStatusResponse cancelled = coverage(account, date("2027-02-01"));
    assertThat(cancelled.coverageKind()).isEqualTo("CANCELLED");
    assertThat(cancelled.bills())
        .singleElement()
        .extracting(CoverageStatusResponse.Bill::cancelled)
        .isEqualTo(true);
    assertThat(cancelled.balanceCents()).isZero();
    assertThat(history(account, 10, null).lines())
        .extracting(
            PaymentHistoryResponse.Line::postingRule,
            PaymentHistoryResponse.Line::balanceAfterCents)
        .containsExactly(tuple("BILL_CANCELLED", 0L), tuple("PREMIUM_BILLED", 20_000L));
  }

  @Test
  void intakeExceptionsListUnmatchedReturnsAndUnappliedPaymentsUntilApplied() {
    BillingAccountId account = ledger.openAccount("Omar Haddad");
    String returnReference = "RET-" + UUID.randomUUID();
    String trace = LedgerDriver.randomDigits(15);
    ledger.send(
        new RecordUnmatchedReturnCommand(
            returnReference, trace, "R03", Money.usd(4_200), date("2027-01-14")));
    PaymentId unapplied =
        ledger.record(
            new RecordPaymentCommand(
                PaymentIdentity.lockbox(date("2027-01-11"), "CHK-" + UUID.randomUUID()),
                null,
                Rail.CHECK,
                Money.usd(12_000),
                java.time.Instant.parse("2027-01-11T15:00:00Z"),
                null,
                PaymentMethod.none()));
    ledger.awaitProjections();

    List<IntakeExceptionsResponse.Item> open = exceptions(false);
    assertThat(open)
        .filteredOn(item -> returnReference.equals(item.reference()))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo("UNMATCHED_RETURN");
              assertThat(item.traceNumber()).isEqualTo(trace);
              assertThat(item.reasonCode()).isEqualTo("R03");
              assertThat(item.amountCents()).isEqualTo(4_200);
            });
    assertThat(open)
        .filteredOn(item -> unapplied.value().equals(item.paymentId()))
        .singleElement()
        .satisfies(item -> assertThat(item.kind()).isEqualTo("UNAPPLIED_PAYMENT"));
    assertThat(detail(unapplied).payment().status()).isEqualTo("UNAPPLIED");

    ledger.send(new ApplyUnappliedPaymentCommand(unapplied, account, date("2027-01-15")));
    ledger.awaitProjections();

    assertThat(exceptions(false)).noneMatch(item -> unapplied.value().equals(item.paymentId()));
    assertThat(exceptions(true))
        .filteredOn(item -> unapplied.value().equals(item.paymentId()))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.resolved()).isTrue();
              assertThat(item.resolvedTo()).isEqualTo(account.value());
            });
    assertThat(detail(unapplied).payment().billingAccountId()).isEqualTo(account.value());
    assertThat(history(account, 10, null).lines())
        .extracting(
            PaymentHistoryResponse.Line::postingRule,
            PaymentHistoryResponse.Line::balanceAfterCents)
        .containsExactly(tuple("UNAPPLIED_PAYMENT_APPLIED", -12_000L));
  }

  /**
   * On 2027-01-05 the receivable holds the Jan and Feb bills (400.00 debit) less a card payment of
   * 150.00: 250.00. Every entry that touched it is in its journal.
   */
  @Test
  void journalBalancesAndTrialBalanceAtADate() {
    BillingAccountId account = ledger.openAccount("Ada Lin");
    ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
    ledger.bill(account, YearMonth.of(2027, 2), LocalDate.of(2027, 1, 1));
    ledger.card(account, 15_000, "2027-01-05T15:00:00Z", "5555");
    ledger.card(account, 7_000, "2027-01-09T15:00:00Z", "5555");
    ledger.awaitProjections();
    String receivable = "receivable:enrollee:" + account.value();

    JournalResponse journal =
        queries
            .query(new FetchJournalQuery(null, null, receivable, 50, null), JournalResponse.class)
            .join();
    assertThat(journal.entries())
        .extracting(JournalResponse.Entry::postingRule, JournalResponse.Entry::amountCents)
        .containsExactly(
            tuple("PREMIUM_BILLED", 20_000L),
            tuple("PREMIUM_BILLED", 20_000L),
            tuple("PAYMENT_RECEIVED", 15_000L),
            tuple("PAYMENT_RECEIVED", 7_000L));
    JournalResponse january =
        queries
            .query(
                new FetchJournalQuery(date("2027-01-01"), date("2027-01-05"), receivable, 50, null),
                JournalResponse.class)
            .join();
    assertThat(january.entries()).hasSize(2);

    AccountBalancesResponse balances =
        queries
            .query(
                new FetchAccountBalancesQuery(receivable, date("2027-01-05")),
                AccountBalancesResponse.class)
            .join();
    assertThat(balances.balances())
        .singleElement()
        .satisfies(
            balance -> {
              assertThat(balance.debitCents()).isEqualTo(40_000);
              assertThat(balance.creditCents()).isEqualTo(15_000);
              assertThat(balance.balanceCents()).isEqualTo(25_000);
            });

    TrialBalanceResponse trial =
        queries
            .query(
                new FetchTrialBalanceQuery(date("2027-01-05"), false), TrialBalanceResponse.class)
            .join();
    assertThat(trial.balances()).isTrue();
    assertThat(trial.lines())
        .filteredOn(line -> line.accountCode().equals(receivable))
        .singleElement()
        .satisfies(line -> assertThat(line.debitCents()).isEqualTo(25_000));
    TrialBalanceResponse byFamily =
        queries.query(new FetchTrialBalanceQuery(null, true), TrialBalanceResponse.class).join();
    assertThat(byFamily.totalDebitCents()).isEqualTo(byFamily.totalCreditCents()).isPositive();
  }

  private PaymentHistoryResponse history(BillingAccountId account, int pageSize, String after) {
    return queries
        .query(new FetchPaymentHistoryQuery(account, pageSize, after), PaymentHistoryResponse.class)
        .join();
  }

  private CoverageStatusResponse coverage(BillingAccountId account, LocalDate asOf) {
    return queries
        .query(new FetchCoverageStatusQuery(account, asOf), CoverageStatusResponse.class)
        .join();
  }

  private PaymentDetailResponse detail(PaymentId payment) {
    return queries.query(new FetchPaymentDetailQuery(payment), PaymentDetailResponse.class).join();
  }

  private List<IntakeExceptionsResponse.Item> exceptions(boolean includeResolved) {
    return queries
        .query(
            new FetchIntakeExceptionsQuery(includeResolved, 1_000, null),
            IntakeExceptionsResponse.class)
        .join()
        .items();
  }

  private JournalResponse.Entry entry(String entryId, BillingAccountId account) {
    JournalResponse journal =
        queries
            .query(new FetchJournalQuery(null, null, null, 1_000, null), JournalResponse.class)
            .join();
    String cursor = journal.nextCursor();
    List<JournalResponse.Entry> entries = new java.util.ArrayList<>(journal.entries());
    while (cursor != null) {
      JournalResponse next =
          queries
              .query(new FetchJournalQuery(null, null, null, 1_000, cursor), JournalResponse.class)
              .join();
      entries.addAll(next.entries());
      cursor = next.nextCursor();
    }
    return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst().orElseThrow();
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
