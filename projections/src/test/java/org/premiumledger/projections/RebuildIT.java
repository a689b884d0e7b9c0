package org.premiumledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.RecordUnmatchedReturnCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import org.premiumledger.testsupport.PremiumLedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dropping and replaying a projection gives back its tables row for row. */
@PremiumLedgerIntegrationTest
class RebuildIT {

  static final Map<ProjectionName, List<String>> TABLES =
      Map.of(
          ProjectionName.HISTORY, List.of("pj_account", "pj_bill", "pj_account_history"),
          ProjectionName.PAYMENTS, List.of("pj_payment", "pj_payment_step", "pj_intake_exception"),
          ProjectionName.JOURNAL, List.of("pj_journal_entry", "pj_journal_line"),
          ProjectionName.AUDIT, List.of("pj_audit_event"));

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;
  @Autowired ProjectionRebuilds rebuilds;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyRebuiltProjectionEqualsTheOriginalRowForRow() {
    LedgerDriver ledger = new LedgerDriver(commands, queries);
    for (int i = 0; i < 3; i++) {
      BillingAccountId account = ledger.openAccount("Rebuild Household " + i);
      ledger.bill(account, YearMonth.of(2027, 1), LocalDate.of(2026, 12, 1));
      PaymentId card = ledger.card(account, 12_000 + i, "2027-01-05T15:00:00Z", "4242");
      ledger.send(
          new IssueRefundCommand(
              card, "REF-" + i, Money.usd(1_000), "APR-" + i, LocalDate.of(2027, 1, 8)));
      PaymentId ach =
          ledger.ach(account, 9_000, "2027-01-06T15:00:00Z", LedgerDriver.randomDigits(15));
      ledger.send(
          new ReturnPaymentCommand(
              ach, "RET-" + UUID.randomUUID(), "R02", LocalDate.of(2027, 1, 7)));
    }
    ledger.send(
        new RecordUnmatchedReturnCommand(
            "RET-" + UUID.randomUUID(),
            "0210000",
            "R03",
            Money.usd(500),
            LocalDate.of(2027, 1, 9)));
    awaitQuiet(ledger);

    for (ProjectionName projection : ProjectionName.values()) {
      Map<String, List<String>> before = snapshot(projection);
      assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

      ProjectionRebuilds.RebuildReport report = rebuilds.rebuild(projection, 120_000);

      assertThat(report.caughtUp()).as("%s caught up", projection).isTrue();
      assertThat(snapshot(projection)).as("%s rebuilt", projection).isEqualTo(before);
    }
  }

  /**
   * Other modules react to events asynchronously (the cases module's duplicate detection), so the
   * store is let settle: projections caught up and no new event for half a second.
   */
  private static void awaitQuiet(LedgerDriver ledger) {
    long[] last = {ledger.awaitProjections()};
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollDelay(Duration.ofMillis(500))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              long now = ledger.awaitProjections();
              boolean quiet = now == last[0];
              last[0] = now;
              return quiet;
            });
  }

  /** Every row of each table, as PostgreSQL prints it, in a fixed order. */
  private Map<String, List<String>> snapshot(ProjectionName projection) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : TABLES.get(projection)) {
      tables.put(
          table, jdbc.queryForList("select t::text from " + table + " t order by 1", String.class));
    }
    return tables;
  }
}
