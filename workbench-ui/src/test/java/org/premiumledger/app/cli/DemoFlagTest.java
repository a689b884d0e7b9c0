package org.premiumledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoFlagTest {

  @Test
  void dashDashDemoTurnsOnDemoModeForTheServer() {
    CommandLineLauncher.Invocation invocation =
        CommandLineLauncher.parse(new String[] {"--demo", "--server.port=18001"});

    assertThat(invocation.springProperties()).containsEntry("premium-ledger.demo", "true");
    assertThat(invocation.springArguments()).containsExactly("--server.port=18001");
    assertThat(invocation.subcommand()).isEmpty();
  }

  @Test
  void withoutTheFlagThereIsNoDemoMode() {
    CommandLineLauncher.Invocation invocation = CommandLineLauncher.parse(new String[] {});

    assertThat(invocation.springProperties()).doesNotContainKey("premium-ledger.demo");
  }
}
