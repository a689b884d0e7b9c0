package org.premiumledger.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.premiumledger.ledger.api.AchOriginationReport;
import org.premiumledger.ledger.api.MoneyFormat;
import org.premiumledger.ledger.api.OriginateAchRefundsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ach originate --out FILE}: writes the NACHA file of ACH refunds not yet sent. */
@Command(
    name = "ach",
    description = "ACH files the exchange writes.",
    subcommands = AchCommand.Originate.class)
class AchCommand {

  @Command(
      name = "originate",
      description =
          "Write a NACHA file of PPD credits for the approved ACH refunds not yet sent; each"
              + " refund goes into exactly one file, ever.")
  static class Originate implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "the file to write; never overwritten")
    Path out;

    private final CommandGateway commands;

    Originate(CommandGateway commands) {
      this.commands = commands;
    }

    @Override
    public Integer call() {
      AchOriginationReport report =
          commands.sendAndWait(new OriginateAchRefundsCommand(out, "cli"));
      if (report.wroteFile()) {
        System.out.printf(
            "%s: %d refund credits, %s USD, sha256 %s%n",
            out, report.entries(), MoneyFormat.decimal(report.creditCents()), report.sha256());
      } else {
        System.out.println("no ACH refunds waiting to be sent; no file written");
      }
      report
          .refundsWithoutBankAccount()
          .forEach(
              refund ->
                  System.out.println(
                      "waiting: refund " + refund + " has no bank account on file to credit"));
      return 0;
    }
  }
}
