package org.premiumledger.app.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingRunResult;
import org.premiumledger.ledger.api.IssueBillsForMonthCommand;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bill --month 2027-01}: issues that coverage month's bills; run again, bills nothing. */
@Command(name = "bill", description = "Issue the premium bills of every active enrollment.")
class BillCommand implements Callable<Integer> {

  @Option(names = "--month", required = true, description = "coverage month, e.g. 2027-01")
  YearMonth month;

  private final CommandGateway commands;
  private final Clock clock;
  private final java.time.ZoneId zone;

  BillCommand(
      CommandGateway commands,
      Clock clock,
      @Value("${premium-ledger.ledger.zone:America/New_York}") java.time.ZoneId zone) {
    this.commands = commands;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public Integer call() {
    BillingRunResult result =
        commands.sendAndWait(
            new IssueBillsForMonthCommand(month, java.time.LocalDate.now(clock.withZone(zone))));
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
