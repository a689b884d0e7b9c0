package org.premiumledger.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Business days as the Federal Reserve Banks keep them: Monday to Friday except the eleven holidays
 * the Fed observes, plus closure days the exchange adds for itself (it may add days, never remove a
 * federal holiday).
 *
 * <p>No maintained holiday library resolves from this build's package registry (we looked for
 * jollyday and objectlab; see docs/readme/cases.md), so the Fed's published rules are written here
 * and tested against its published schedules. The Fed's own observance rule differs from the
 * federal government's: a holiday on a Sunday is observed the next Monday, but a holiday on a
 * Saturday is not moved; the Banks are open the Friday before.
 */
public final class FederalReserveCalendar {

  /** Juneteenth National Independence Day: first observed by the Federal Reserve Banks in 2022. */
  private static final int FIRST_JUNETEENTH = 2022;

  private final Set<LocalDate> localClosureDays;

  public FederalReserveCalendar(Collection<LocalDate> localClosureDays) {
    this.localClosureDays = Set.copyOf(localClosureDays);
  }

  /** The days the Fed is closed in a year for its holidays, in date order. */
  public static List<LocalDate> holidaysObservedIn(int year) {
    List<LocalDate> days = new ArrayList<>();
    addObserved(days, LocalDate.of(year, Month.JANUARY, 1));
    days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
    days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
    days.add(
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    if (year >= FIRST_JUNETEENTH) {
      addObserved(days, LocalDate.of(year, Month.JUNE, 19));
    }
    addObserved(days, LocalDate.of(year, Month.JULY, 4));
    days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
    days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
    addObserved(days, LocalDate.of(year, Month.NOVEMBER, 11));
    days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
    addObserved(days, LocalDate.of(year, Month.DECEMBER, 25));
    return days;
  }

  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return !localClosureDays.contains(date) && !holidaysObservedIn(date.getYear()).contains(date);
  }

  /** The {@code count}th business day after {@code from} (from itself never counts). */
  public LocalDate plusBusinessDays(LocalDate from, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("expected a count of zero or more, found " + count);
    }
    LocalDate date = from;
    int remaining = count;
    while (remaining > 0) {
      date = date.plusDays(1);
      if (isBusinessDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** A fixed-date holiday on a Sunday is observed Monday; on a Saturday the Fed stays open. */
  private static void addObserved(List<LocalDate> days, LocalDate holiday) {
    switch (holiday.getDayOfWeek()) {
      case SUNDAY -> days.add(holiday.plusDays(1));
      case SATURDAY -> {}
      default -> days.add(holiday);
    }
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
