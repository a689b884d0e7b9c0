package org.premiumledger.ledger.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.book.BookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues one coverage month's bills for every billing account, one command (and transaction) per
 * account. A second run finds each bill issued and issues nothing: the aggregate refuses a second
 * bill for a month. Deliberately not a command handler itself: commands sent from inside a handler
 * would join its unit of work and its single transaction.
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

  BillingRunResult issueBills(YearMonth coverageMonth, LocalDate issuedOn) {
    int issued = 0;
    int alreadyBilled = 0;
    int notCovered = 0;
    List<BillingAccountId> accounts = book.billingAccounts();
    for (BillingAccountId account : accounts) {
      try {
        commands.sendAndWait(new IssueBillCommand(account, coverageMonth, issuedOn));
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
        coverageMonth,
        accounts.size(),
        issued,
        alreadyBilled,
        notCovered);
    return new BillingRunResult(coverageMonth, accounts.size(), issued, alreadyBilled, notCovered);
  }
}
