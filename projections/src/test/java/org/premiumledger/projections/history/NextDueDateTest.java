package org.premiumledger.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premiumledger.projections.api.CoverageStatusResponse.Bill;

class NextDueDateTest {

  static final List<Bill> BILLS =
      List.of(
          bill(1, "2027-01-31", false),
          bill(2, "2027-01-31", true),
          bill(3, "2027-02-28", false),
          bill(4, "2027-03-31", false));

  /** Jan, Mar and Apr are open (Feb cancelled): 600.00 billed. */
  @Test
  void theOldestBillNotPaidInFullIsDueNext() {
    assertThat(HistoryQueries.nextDueDate(BILLS, 60_000)).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(HistoryQueries.nextDueDate(BILLS, 40_001)).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(HistoryQueries.nextDueDate(BILLS, 40_000)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(HistoryQueries.nextDueDate(BILLS, 1)).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void nothingIsDueWithoutABalance() {
    assertThat(HistoryQueries.nextDueDate(BILLS, 0)).isNull();
    assertThat(HistoryQueries.nextDueDate(BILLS, -500)).isNull();
  }

  private static Bill bill(int month, String due, boolean cancelled) {
    return new Bill(
        YearMonth.of(2027, month),
        "ISS-1",
        50_000,
        30_000,
        20_000,
        LocalDate.of(2026, 12, 1),
        LocalDate.parse(due),
        month == 1,
        cancelled);
  }
}
