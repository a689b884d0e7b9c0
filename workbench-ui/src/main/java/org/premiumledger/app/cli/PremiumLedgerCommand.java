package org.premiumledger.app.cli;

import picocli.CommandLine.Command;

/** The root of the command line; each subcommand is its own class. */
@Command(
    name = "premium-ledger",
    mixinStandardHelpOptions = true,
    subcommands = {BillCommand.class, LedgerCommand.class, ImportCommand.class},
    description = "Premium Ledger: run with no subcommand to serve the application.")
class PremiumLedgerCommand {}
