package org.premiumledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.LedgerRefusal;

class LedgerRefusalTest {

  @Test
  void refusalCodesAreUniqueAndStable() {
    assertThat(Arrays.stream(LedgerRefusal.values()).map(LedgerRefusal::code))
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("L\\d{3}"));
  }

  @Test
  void everyRefusalSaysSomethingAPersonUnderstands() {
    assertThat(LedgerRefusal.values())
        .allSatisfy(refusal -> assertThat(refusal.message()).endsWith(".").hasSizeGreaterThan(20));
  }
}
