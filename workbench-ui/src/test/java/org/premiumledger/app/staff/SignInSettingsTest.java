package org.premiumledger.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInSettingsTest {

  private final SignInSettings defaults = new SignInSettings(null, null, null, null, null, null);

  @Test
  void threeFailuresAreFreeThenTheDelayDoublesUpToAMinute() {
    assertThat(defaults.delayAfter(0)).isZero();
    assertThat(defaults.delayAfter(2)).isZero();
    assertThat(defaults.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
    assertThat(defaults.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
    assertThat(defaults.delayAfter(9)).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theDefaultsLockAfterTenFailuresForHalfAnHour() {
    assertThat(defaults.lockAfterFailures()).isEqualTo(10);
    assertThat(defaults.lockDuration()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aLockThatComesBeforeTheDelaysIsRefused() {
    assertThatThrownBy(() -> new SignInSettings(5, null, null, 5, null, null))
        .hasMessageContaining("found 5 and 5");
  }
}
