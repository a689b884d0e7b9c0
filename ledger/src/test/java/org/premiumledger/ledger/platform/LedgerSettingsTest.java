package org.premiumledger.ledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.platform.LedgerSettings.PaymentThreshold;

class LedgerSettingsTest {

  @Test
  void aPercentageThresholdRoundsHalfToEven() {
    PaymentThreshold halfPercent = new PaymentThreshold();
    halfPercent.setPercentBasisPoints(50);

    // 0.5% of 12,300 is 61.5 -> 62 (even); of 12,500 is 62.5 -> 62 (even);
    // of 12,345 is 61.725 -> 62; of 12,250 is 61.25 -> 61.
    assertThat(halfPercent.toleratedCents(12_300)).isEqualTo(62);
    assertThat(halfPercent.toleratedCents(12_500)).isEqualTo(62);
    assertThat(halfPercent.toleratedCents(12_345)).isEqualTo(62);
    assertThat(halfPercent.toleratedCents(12_250)).isEqualTo(61);
  }

  @Test
  void theLargerOfPercentageAndFixedAmountApplies() {
    PaymentThreshold threshold = new PaymentThreshold();
    threshold.setPercentBasisPoints(100);
    threshold.setFixedCents(500);

    assertThat(threshold.toleratedCents(20_000)).isEqualTo(500);
    assertThat(threshold.toleratedCents(90_000)).isEqualTo(900);
  }

  @Test
  void noThresholdIsSetByDefault() {
    assertThat(new LedgerSettings().toleratedShortfallCents("ANY", 100_000)).isZero();
  }
}
