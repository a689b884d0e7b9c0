package org.premiumledger.ledger.billing;

import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bill --month 2027-01}: issues that coverage month's bills; run again, bills nothing. A
 * subcommand the ledger contributes to the application's command line.
 */
@Component
@Command(name = "bill", description = "Issue the premium bills of every active enrollment.")
class BillCommand implements Callable<Integer> {

  @Option(names = "--month", required = true, description = "coverage month, e.g. 2027-01")
  YearMonth month;

  private final BillingRun billingRun;
  private final LedgerSettings settings;
  private final Clock clock;

  BillCommand(BillingRun billingRun, LedgerSettings settings, Clock clock) {
    this.billingRun = billingRun;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    BillingRunResult result = billingRun.issueBills(month, settings.today(clock));
    System.out.printf(
        "coverage month %s: %d accounts, %d bills issued, %d already billed, %d not covered%n",
        result.coverageMonth(),
        result.accountsSeen(),
        result.billsIssued(),
        result.alreadyBilled(),
        result.notCovered());
    return 0;
  }
}
