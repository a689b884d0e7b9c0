package org.premiumledger.ledger.crash;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.TestApplication;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.FetchLedgerCheckQuery;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerCheckReport;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.PaymentMethod;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A separate process for {@link KilledProcessIT}: {@code stream DIR} records payments crash-0,
 * crash-1, ... printing {@code ACK n} after each is acknowledged, until killed; {@code check DIR}
 * prints the ledger check and the payments it finds.
 */
public final class PaymentStreamer {

  static final BillingAccountId ACCOUNT = new BillingAccountId("BA-CRASH");

  private PaymentStreamer() {}

  public static void main(String[] args) {
    String mode = args[0];
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(TestApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "premium-ledger.data-dir=" + args[1],
                "db-scheduler.enabled=false",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN")
            .run();
    CommandGateway commands = context.getBean(CommandGateway.class);
    if (mode.equals("stream")) {
      stream(context, commands);
    } else {
      check(context);
      context.close();
      // Framework threads may outlive the context; the parent waits for this process to end.
      System.exit(0);
    }
  }

  private static void stream(ConfigurableApplicationContext context, CommandGateway commands) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    boolean open =
        jdbc.queryForObject(
                "select count(*) from ledger_billing_account where billing_account_id = ?",
                Long.class,
                ACCOUNT.value())
            > 0;
    if (!open) {
      commands.sendAndWait(
          new OpenBillingAccountCommand(
              ACCOUNT,
              new Household("Kim Crash", "en", "kim@example.org", "555-0102", "email", "NJ"),
              new Enrollment(new IssuerId("ISS-K"), "P", LocalDate.of(2027, 1, 1), null, 10_000, 0),
              Money.USD));
    }
    for (int i = 0; ; i++) {
      commands.sendAndWait(
          new RecordPaymentCommand(
              PaymentIdentity.processor(Rail.CARD, "crash-" + i),
              ACCOUNT,
              Rail.CARD,
              Money.usd(100 + i),
              Instant.parse("2027-01-07T16:00:00Z"),
              null,
              PaymentMethod.none()));
      System.out.println("ACK " + i);
      System.out.flush();
    }
  }

  private static void check(ConfigurableApplicationContext context) {
    LedgerCheckReport report =
        context
            .getBean(QueryGateway.class)
            .query(new FetchLedgerCheckQuery(), LedgerCheckReport.class)
            .join();
    List<String> references =
        context
            .getBean(JdbcTemplate.class)
            .queryForList(
                "select identity_key from ledger_payment where billing_account_id = ?",
                String.class,
                ACCOUNT.value());
    System.out.println("CHECK " + report.ok() + " " + report.violations());
    System.out.println("PAYMENTS " + String.join(",", references));
    System.out.flush();
  }
}
