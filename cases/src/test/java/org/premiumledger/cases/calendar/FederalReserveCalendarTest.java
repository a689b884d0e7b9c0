package org.premiumledger.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checked against the Federal Reserve's published holiday schedules. */
class FederalReserveCalendarTest {

  private final FederalReserveCalendar calendar = new FederalReserveCalendar(List.of());

  @Test
  void theFedsHolidaysOf2026() {
    // Independence Day falls on a Saturday: the Fed stays open on Friday 3 July.
    assertThat(FederalReserveCalendar.holidaysObservedIn(2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void theFedsHolidaysOf2027() {
    // Juneteenth and Christmas on Saturdays are not moved; Independence Day on a Sunday moves to
    // Monday 5 July.
    assertThat(FederalReserveCalendar.holidaysObservedIn(2027))
        .containsExactly(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 18),
            LocalDate.of(2027, 2, 15),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 7, 5),
            LocalDate.of(2027, 9, 6),
            LocalDate.of(2027, 10, 11),
            LocalDate.of(2027, 11, 11),
            LocalDate.of(2027, 11, 25));
  }

  @Test
  void juneteenthCountsFrom2022() {
    assertThat(FederalReserveCalendar.holidaysObservedIn(2021))
        .doesNotContain(LocalDate.of(2021, 6, 18), LocalDate.of(2021, 6, 19));
    assertThat(FederalReserveCalendar.holidaysObservedIn(2022)).contains(LocalDate.of(2022, 6, 20));
  }

  @Test
  void businessDaysSkipWeekendsAndHolidays() {
    // Wednesday before Thanksgiving 2026: Thursday is a holiday, Friday counts, then Monday.
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 25), 2))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    // Christmas Eve 2026 is a Thursday; Christmas a Friday.
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 24), 1))
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 3), 0))
        .isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void theExchangeMayAddClosureDays() {
    FederalReserveCalendar withClosure =
        new FederalReserveCalendar(List.of(LocalDate.of(2026, 12, 24)));

    assertThat(withClosure.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(withClosure.plusBusinessDays(LocalDate.of(2026, 12, 23), 1))
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(withClosure.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
  }
}
