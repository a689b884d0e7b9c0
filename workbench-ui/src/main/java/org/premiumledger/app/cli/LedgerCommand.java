package org.premiumledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.MoneyFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledger check [--json]}: checks every invariant; exits 1 naming what is at fault. */
@Command(
    name = "ledger",
    description = "Ledger maintenance.",
    subcommands = LedgerCommand.Check.class)
class LedgerCommand {

  @Command(name = "check", description = "Check every invariant of the ledger.")
  static class Check implements Callable<Integer> {

    @Option(names = "--json", description = "print one JSON object, amounts in cents")
    boolean json;

    private final QueryGateway queries;
    private final ObjectMapper mapper;

    Check(QueryGateway queries, ObjectMapper mapper) {
      this.queries = queries;
      this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
      LedgerCheckReport report =
          queries.query(new FetchLedgerCheckQuery(), LedgerCheckReport.class).join();
      if (json) {
        printJson(report);
      } else {
        printText(report);
      }
      return report.ok() ? 0 : 1;
    }

    private void printJson(LedgerCheckReport report) throws Exception {
      ObjectNode root = mapper.createObjectNode();
      root.put("ok", report.ok());
      root.put("entries", report.entries());
      root.put("debits", report.debits());
      root.put("credits", report.credits());
      ObjectNode balances = root.putObject("balances");
      report.balances().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(balance -> balances.put(balance.getKey(), balance.getValue()));
      root.putPOJO("violations", report.violations());
      System.out.println(mapper.writeValueAsString(root));
    }

    private void printText(LedgerCheckReport report) {
      System.out.println(report.ok() ? "ledger check: OK" : "ledger check: FAILED");
      System.out.printf("journal entries  %d%n", report.entries());
      System.out.printf("total debits     %s%n", MoneyFormat.decimal(report.debits()));
      System.out.printf("total credits    %s%n", MoneyFormat.decimal(report.credits()));
      System.out.println("balances (debit - credit):");
      report.balances().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              balance ->
                  System.out.printf(
                      "  %-28s %15s%n", balance.getKey(), MoneyFormat.decimal(balance.getValue())));
      report.violations().forEach(violation -> System.out.println("VIOLATION: " + violation));
    }
  }
}
