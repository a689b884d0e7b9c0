package org.premiumledger.projections.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

  @Test
  void textThatASpreadsheetWouldRunGetsAQuoteInFront() {
    assertThat(SpreadsheetSafe.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(SpreadsheetSafe.text("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetSafe.text("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetSafe.text("@cmd")).isEqualTo("'@cmd");
    assertThat(SpreadsheetSafe.text("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetSafe.text("\rx")).isEqualTo("'\rx");
  }

  @Test
  void otherTextIsLeftAlone() {
    assertThat(SpreadsheetSafe.text("R01")).isEqualTo("R01");
    assertThat(SpreadsheetSafe.text("a=b")).isEqualTo("a=b");
    assertThat(SpreadsheetSafe.text("")).isEmpty();
    assertThat(SpreadsheetSafe.text(null)).isEmpty();
  }
}
