package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.billing.LedgerJobs;
import org.premiumledger.ledger.testing.TestAccounts;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PremiumLedgerIntegrationTest
class LedgerJobsIT {

  @Autowired CommandGateway commands;
  @Autowired LedgerJobs jobs;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aBillingRunIssuesEachActiveEnrollmentsBillOnceAndASecondRunIssuesNothing() {
    // A coverage month far from any other test's, so the counts are this test's own.
    YearMonth month = YearMonth.of(2031, 4);
    BillingAccountId covered = open(LocalDate.of(2031, 1, 1), null, 50_000, 20_000);
    BillingAccountId endedBefore = open(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31), 1, 0);
    BillingAccountId startsAfter = open(LocalDate.of(2031, 5, 1), null, 10_000, 0);

    jobs.issueBillsDue(LocalDate.of(2031, 3, 1));
    long billsAfterFirstRun = billEntries();
    jobs.issueBillsDue(LocalDate.of(2031, 3, 2));

    assertThat(billEntries()).isEqualTo(billsAfterFirstRun);
    assertThat(billedNetCents(covered, month)).isEqualTo(30_000);
    assertThat(billedNetCents(endedBefore, month)).isZero();
    assertThat(billedNetCents(startsAfter, month)).isZero();
  }

  @Test
  void achDebitsSettleOnTheirSettlementDateAndOnlyOnce() {
    BillingAccountId account = open(LocalDate.of(2027, 1, 1), null, 30_000, 0);
    String early = "0910000" + (10_000_000 + (int) (Math.random() * 89_999_999));
    String late = "0910000" + (10_000_000 + (int) (Math.random() * 89_999_999));
    achDebit(account, early, 10_000, LocalDate.of(2027, 1, 8));
    achDebit(account, late, 20_000, LocalDate.of(2027, 1, 12));

    jobs.settleAchPaymentsDue(LocalDate.of(2027, 1, 8));
    jobs.settleAchPaymentsDue(LocalDate.of(2027, 1, 8));

    assertThat(settledCents(early)).isEqualTo(10_000);
    assertThat(settledCents(late)).isZero();
    jobs.settleAchPaymentsDue(LocalDate.of(2027, 1, 12));
    assertThat(settledCents(late)).isEqualTo(20_000);
    assertThat(settledCents(early)).isEqualTo(10_000);
  }

  @Test
  void theDailyScheduleKeepsSixInTheMorningAcrossDaylightSavingChanges() {
    ZoneId newYork = ZoneId.of("America/New_York");
    var daily = Schedules.daily(newYork, LocalTime.of(6, 0));

    // The night clocks spring forward (14 March 2027) and fall back (7 November 2027).
    Instant afterSpring =
        daily.getNextExecutionTime(complete(ZonedDateTime.of(2027, 3, 13, 7, 0, 0, 0, newYork)));
    Instant afterFall =
        daily.getNextExecutionTime(complete(ZonedDateTime.of(2027, 11, 6, 7, 0, 0, 0, newYork)));

    assertThat(afterSpring).isEqualTo(Instant.parse("2027-03-14T10:00:00Z"));
    assertThat(afterFall).isEqualTo(Instant.parse("2027-11-07T11:00:00Z"));
  }

  private static com.github.kagkarlsson.scheduler.task.ExecutionComplete complete(
      ZonedDateTime at) {
    return com.github.kagkarlsson.scheduler.task.ExecutionComplete.simulatedSuccess(at.toInstant());
  }

  private long billEntries() {
    return jdbc.queryForObject(
        "select count(*) from journal_entry where posting_rule = 'PREMIUM_BILLED'", Long.class);
  }

  private long billedNetCents(BillingAccountId account, YearMonth month) {
    return jdbc.queryForObject(
        """
        select coalesce(sum(l.amount_cents), 0) from journal_line l
          join journal_entry e on e.entry_id = l.entry_id
         where e.posting_rule = 'PREMIUM_BILLED' and l.side = 'D' and l.account_code = ?
           and e.business_date = ?
        """,
        Long.class,
        "receivable:enrollee:" + account.value(),
        LocalDate.of(2031, 3, 1));
  }

  private long settledCents(String trace) {
    return jdbc.queryForObject(
        """
        select coalesce(sum(e.debit_cents), 0) from journal_entry e
          join ledger_payment p on p.billing_account_id = e.billing_account_id
         where e.posting_rule = 'ACH_DEBIT_SETTLED' and p.identity_key = ?
           and e.event_identifier in (
               select event_identifier from domain_event_entry
                where aggregate_identifier = p.payment_id::text)
        """,
        Long.class,
        "ach-trace:" + trace);
  }

  private void achDebit(BillingAccountId account, String trace, long cents, LocalDate settles) {
    commands.sendAndWait(
        new RecordPaymentCommand(
            PaymentIdentity.achTrace(trace),
            account,
            Rail.ACH,
            Money.usd(cents),
            Instant.parse("2027-01-06T15:00:00Z"),
            settles,
            PaymentMethod.none()));
  }

  private BillingAccountId open(LocalDate start, LocalDate end, long gross, long aptc) {
    return TestAccounts.open(commands, start, end, gross, aptc);
  }
}
