package org.premiumledger.projections.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeysetTest {

  @Test
  void aCursorCarriesTheSortValuesOfTheLastRow() {
    String cursor = Keyset.encode("2027-03-01T15:00:00Z", "0b7e3a3c-0000-0000-0000-000000000001");

    assertThat(Keyset.decode(cursor, 2))
        .containsExactly("2027-03-01T15:00:00Z", "0b7e3a3c-0000-0000-0000-000000000001");
    assertThat(Keyset.decode(null, 2)).isNull();
  }

  @Test
  void aCursorOfAnotherShapeOrAPageSizeOutOfBoundsIsRefused() {
    assertThatThrownBy(() -> Keyset.decode(Keyset.encode(42L), 2))
        .hasMessageStartingWith("expected a page cursor");
    assertThatThrownBy(() -> Keyset.decode("not base64!", 1))
        .hasMessageStartingWith("expected a page cursor");
    assertThatThrownBy(() -> Keyset.pageSize(0)).hasMessageContaining("found 0");
    assertThatThrownBy(() -> Keyset.pageSize(1_001)).hasMessageContaining("found 1001");
  }
}
