package org.premiumledger.ledger.billing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.BillingRunResult;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.IssueBillsForMonthCommand;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.book.BookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues one coverage month's bills for every billing account, one command (and transaction) per
 * account. A second run finds each bill issued and issues nothing: the aggregate refuses a second
 * bill for a month.
 */
@Component
class BillingRun {

  private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

  private final BookReader book;
  private final CommandGateway commands;

  BillingRun(BookReader book, CommandGateway commands) {
    this.book = book;
    this.commands = commands;
  }

  @CommandHandler
  BillingRunResult handle(IssueBillsForMonthCommand command) {
    int issued = 0;
    int alreadyBilled = 0;
    int notCovered = 0;
    var accounts = book.billingAccounts();
    for (BillingAccountId account : accounts) {
      try {
        commands.sendAndWait(
            new IssueBillCommand(account, command.coverageMonth(), command.issuedOn()));
        issued++;
      } catch (LedgerRefusedException refused) {
        switch (refused.refusal()) {
          case BILL_ALREADY_ISSUED -> alreadyBilled++;
          case MONTH_NOT_COVERED, COVERAGE_ENDED -> notCovered++;
          default -> throw refused;
        }
      }
    }
    log.info(
        "billing run coverageMonth={} accounts={} issued={} alreadyBilled={} notCovered={}",
        command.coverageMonth(),
        accounts.size(),
        issued,
        alreadyBilled,
        notCovered);
    return new BillingRunResult(
        command.coverageMonth(), accounts.size(), issued, alreadyBilled, notCovered);
  }
}
