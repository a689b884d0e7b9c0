package org.premiumledger.app.cli;

import picocli.CommandLine.Command;

/**
 * The root of the command line; each subcommand is its own class. Modules also contribute
 * subcommands as Spring beans annotated with picocli's {@code @Command} (see {@link
 * CommandLineLauncher}).
 */
@Command(
    name = "premium-ledger",
    mixinStandardHelpOptions = true,
    subcommands = {
      AchCommand.class,
      LedgerCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ProjectionsCommand.class
    },
    description = "Premium Ledger: run with no subcommand to serve the application.")
class PremiumLedgerCommand {}
