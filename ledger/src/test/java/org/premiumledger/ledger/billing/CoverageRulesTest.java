package org.premiumledger.ledger.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.premiumledger.ledger.api.CoverageStatus;
import org.premiumledger.ledger.api.CoverageStatus.Kind;
import org.premiumledger.ledger.billing.CoverageRules.Evaluation;
import org.premiumledger.ledger.billing.CoverageRules.OwedBill;
import org.premiumledger.ledger.book.BookReader.ReceivableMovement;

/**
 * The binder and grace rules on hand-worked timelines. Coverage starts 1 Jan 2027 with a net
 * premium of $200.00 (gross $500.00, APTC $300.00). The binder (January) is due 30 days after the
 * start, 31 Jan; the bill for month M is due on the last day of M-1.
 */
class CoverageRulesTest {

  private static final LongUnaryOperator NO_TOLERANCE = owed -> 0;
  private static final int STATE_GRACE_DAYS = 31;

  @Test
  void waitsForTheBinderUntilItsDueDate() {
    Evaluation evaluation = evaluate(bills(1, 30_000), List.of(), date(2027, 1, 15));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.AWAITING_BINDER);
    assertThat(evaluation.effectuatedOn()).isNull();
  }

  @Test
  void aBinderNeverPaidCancelsTheCoverage() {
    Evaluation evaluation = evaluate(bills(1, 30_000), List.of(), date(2027, 2, 1));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.CANCELLED);
  }

  @Test
  void aBinderPaidOnItsDueDateEffectuatesTheCoverage() {
    Evaluation evaluation =
        evaluate(bills(1, 30_000), List.of(paid(2027, 1, 31, 20_000)), date(2027, 2, 10));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.CURRENT);
    assertThat(evaluation.effectuatedOn()).isEqualTo(date(2027, 1, 31));
  }

  @Test
  void aPartlyPaidBinderIsNotEnough() {
    Evaluation evaluation =
        evaluate(bills(1, 30_000), List.of(paid(2027, 1, 20, 19_999)), date(2027, 2, 1));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.CANCELLED);
  }

  @Test
  void aHouseholdWithAptcThatFallsBehindGetsThreeMonthsOfGrace() {
    // January and February paid; March (due 28 Feb) is not.
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000));

    Evaluation evaluation = evaluate(bills(5, 30_000), payments, date(2027, 3, 15));

    assertThat(evaluation.status())
        .isEqualTo(
            new CoverageStatus(Kind.IN_GRACE, YearMonth.of(2027, 3), date(2027, 5, 31), null));
    assertThat(evaluation.aptcGrace()).isTrue();
  }

  @Test
  void unpaidAtTheEndOfAptcGraceCoverageEndsWithTheFirstGraceMonth() {
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000));

    Evaluation evaluation = evaluate(bills(5, 30_000), payments, date(2027, 6, 1));

    assertThat(evaluation.status())
        .isEqualTo(
            new CoverageStatus(
                Kind.TERMINATION_PENDING,
                YearMonth.of(2027, 3),
                date(2027, 5, 31),
                date(2027, 3, 31)));
  }

  @Test
  void payingAllThatIsOwedWithinGraceCuresIt() {
    // March and April (due 31 Mar) paid together on 20 April: $800 owed, $800 paid.
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000), paid(2027, 4, 20, 40_000));

    Evaluation evaluation = evaluate(bills(5, 30_000), payments, date(2027, 4, 25));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.CURRENT);
    assertThat(evaluation.lastCuredOn()).isEqualTo(date(2027, 4, 20));
  }

  @Test
  void payingOnlyPartWithinGraceDoesNotCureIt() {
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000), paid(2027, 4, 20, 39_999));

    Evaluation evaluation = evaluate(bills(5, 30_000), payments, date(2027, 4, 25));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.IN_GRACE);
  }

  @Test
  void withoutAptcTheStatesGraceRunsFromTheDueDate() {
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000));

    Evaluation inGrace = evaluate(bills(5, 0), payments, date(2027, 3, 20));
    Evaluation ended = evaluate(bills(5, 0), payments, date(2027, 4, 1));

    // 28 Feb + 31 days = 31 Mar.
    assertThat(inGrace.status())
        .isEqualTo(
            new CoverageStatus(Kind.IN_GRACE, YearMonth.of(2027, 3), date(2027, 3, 31), null));
    assertThat(inGrace.aptcGrace()).isFalse();
    assertThat(ended.status().kind()).isEqualTo(Kind.TERMINATION_PENDING);
    assertThat(ended.status().coveredThrough()).isEqualTo(date(2027, 2, 28));
  }

  @Test
  void aptcWithoutAFullMonthPaidInTheBenefitYearGetsOnlyTheStatesGrace() {
    // Coverage from 1 Dec 2026: the binder (December, due 31 Dec) is paid; January 2027, due 31
    // Dec too, is not. Nothing was paid in 2027, so the three-month grace does not apply.
    List<OwedBill> bills =
        List.of(
            new OwedBill(
                YearMonth.of(2026, 12), date(2026, 11, 1), date(2026, 12, 31), 20_000, 30_000),
            new OwedBill(
                YearMonth.of(2027, 1), date(2026, 12, 1), date(2026, 12, 31), 20_000, 30_000),
            new OwedBill(
                YearMonth.of(2027, 2), date(2027, 1, 1), date(2027, 1, 31), 20_000, 30_000));

    Evaluation evaluation = evaluate(bills, List.of(paid(2026, 12, 20, 20_000)), date(2027, 1, 10));

    assertThat(evaluation.status())
        .isEqualTo(
            new CoverageStatus(Kind.IN_GRACE, YearMonth.of(2027, 1), date(2027, 1, 31), null));
    assertThat(evaluation.aptcGrace()).isFalse();
  }

  @Test
  void aShortfallWithinTheIssuersThresholdCountsAsPaid() {
    // At 28 Feb $600.00 is owed and $597.00 paid; a 1% threshold tolerates $6.00.
    List<ReceivableMovement> payments =
        List.of(paid(2027, 1, 10, 20_000), paid(2027, 1, 30, 20_000), paid(2027, 2, 27, 19_700));
    LongUnaryOperator onePercent = owed -> owed / 100;

    Evaluation evaluation =
        CoverageRules.evaluate(
            bills(3, 30_000), payments, onePercent, STATE_GRACE_DAYS, date(2027, 3, 10));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.CURRENT);
  }

  @Test
  void aReturnedPaymentPutsTheHouseholdBehindAgain() {
    List<ReceivableMovement> payments =
        List.of(
            paid(2027, 1, 10, 20_000),
            paid(2027, 1, 30, 20_000),
            paid(2027, 2, 20, 20_000),
            paid(2027, 2, 25, -20_000));

    Evaluation evaluation = evaluate(bills(3, 30_000), payments, date(2027, 3, 10));

    assertThat(evaluation.status().kind()).isEqualTo(Kind.IN_GRACE);
    assertThat(evaluation.status().firstGraceMonth()).isEqualTo(YearMonth.of(2027, 3));
  }

  private static Evaluation evaluate(
      List<OwedBill> bills, List<ReceivableMovement> payments, LocalDate asOf) {
    return CoverageRules.evaluate(bills, payments, NO_TOLERANCE, STATE_GRACE_DAYS, asOf);
  }

  /** {@code months} bills from January 2027 at $200.00 net each. */
  private static List<OwedBill> bills(int months, long aptcCents) {
    List<OwedBill> bills = new ArrayList<>();
    bills.add(
        new OwedBill(
            YearMonth.of(2027, 1), date(2026, 12, 1), date(2027, 1, 31), 20_000, aptcCents));
    for (int m = 2; m <= months; m++) {
      YearMonth month = YearMonth.of(2027, m);
      bills.add(
          new OwedBill(
              month,
              month.minusMonths(1).atDay(1),
              month.minusMonths(1).atEndOfMonth(),
              20_000,
              aptcCents));
    }
    return bills;
  }

  private static ReceivableMovement paid(int year, int month, int day, long cents) {
    return new ReceivableMovement(date(year, month, day), cents);
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
