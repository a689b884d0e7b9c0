package org.premiumledger.ledger.billing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.ReviewCoverageCommand;
import org.premiumledger.ledger.api.SettleAchPaymentCommand;
import org.premiumledger.ledger.book.BookReader;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's scheduled work, run by db-scheduler: its schedule lives in PostgreSQL, so a job runs
 * on one node at a time and is picked up again after a restart. Every job is also safe to run
 * twice, because the aggregates refuse a second bill, settlement or decision.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerJobs {

  private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);
  private static final int SETTLEMENT_BATCH = 500;

  private final BookReader book;
  private final BillingRun billingRun;
  private final CommandGateway commands;
  private final LedgerSettings settings;
  private final Clock clock;

  LedgerJobs(
      BookReader book,
      BillingRun billingRun,
      CommandGateway commands,
      LedgerSettings settings,
      Clock clock) {
    this.book = book;
    this.billingRun = billingRun;
    this.commands = commands;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Daily at 06:00 in the exchange's zone (db-scheduler computes the instant in that zone, so a
   * daylight-saving change moves nothing): from the issue day on, bills next month.
   */
  @Bean
  RecurringTask<Void> issueMonthlyBills() {
    return Tasks.recurring(
            "issue-monthly-bills", Schedules.daily(settings.getZone(), LocalTime.of(6, 0)))
        .execute((instance, context) -> issueBillsDue(settings.today(clock)));
  }

  @Bean
  RecurringTask<Void> settleAchPayments() {
    return Tasks.recurring("settle-ach-payments", Schedules.fixedDelay(Duration.ofMinutes(10)))
        .execute((instance, context) -> settleAchPaymentsDue(settings.today(clock)));
  }

  @Bean
  RecurringTask<Void> reviewCoverage() {
    return Tasks.recurring(
            "review-coverage", Schedules.daily(settings.getZone(), LocalTime.of(6, 30)))
        .execute((instance, context) -> reviewAllCoverage(settings.today(clock)));
  }

  /** Bills the coming coverage month once the issue day of this month has come. */
  public void issueBillsDue(LocalDate today) {
    if (today.getDayOfMonth() >= settings.getBillIssueDayOfMonth()) {
      billingRun.issueBills(YearMonth.from(today).plusMonths(1), today);
    }
  }

  /** Settles every ACH debit whose settlement date has come; returns how many settled. */
  public int settleAchPaymentsDue(LocalDate today) {
    int settled = 0;
    while (true) {
      var due = book.achPaymentsDueForSettlement(today, SETTLEMENT_BATCH);
      int settledInBatch = 0;
      for (PaymentId payment : due) {
        try {
          commands.sendAndWait(new SettleAchPaymentCommand(payment, today));
          settledInBatch++;
        } catch (LedgerRefusedException refused) {
          log.warn("ach settlement refused paymentId={} refusal={}", payment, refused.refusal());
        }
      }
      settled += settledInBatch;
      if (due.size() < SETTLEMENT_BATCH || settledInBatch == 0) {
        log.info("ach settlement today={} settled={}", today, settled);
        return settled;
      }
    }
  }

  public void reviewAllCoverage(LocalDate today) {
    for (BillingAccountId account : book.billingAccounts()) {
      commands.sendAndWait(new ReviewCoverageCommand(account, today));
    }
  }
}
