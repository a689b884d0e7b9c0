package org.premiumledger.app;

import org.premiumledger.app.cli.CommandLineLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Premium Ledger. With no subcommand it serves the application; with one ({@code bill}, {@code
 * ledger check}, ...) it runs that command against the same database and exits.
 */
@SpringBootApplication
public class PremiumLedgerApplication {

  public static void main(String[] args) {
    CommandLineLauncher.Invocation invocation = CommandLineLauncher.parse(args);
    if (invocation.subcommand().isEmpty()) {
      SpringApplication application = new SpringApplication(PremiumLedgerApplication.class);
      application.setDefaultProperties(invocation.springProperties());
      application.run(invocation.springArguments());
      return;
    }
    System.exit(CommandLineLauncher.run(PremiumLedgerApplication.class, invocation));
  }
}
