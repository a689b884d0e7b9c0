package org.premiumledger.ledger.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.premiumledger.ledger.api.CoverageStatus;
import org.premiumledger.ledger.api.CoverageStatus.Kind;
import org.premiumledger.ledger.book.BookReader.ReceivableMovement;

/**
 * The binder and grace-period rules of DESIGN.md as one pure function of what was billed, what was
 * paid and the date. Payments pay the oldest bill first. A household is "paid" when what it owes
 * for the bills due by a date, less what it paid by then, is within the issuer's tolerance.
 *
 * <p>Grace: a household receiving APTC that has paid at least one full month in the benefit year
 * gets three consecutive months from the first unpaid month; unpaid at the end, coverage ends at
 * the end of the first grace month. Otherwise the state's grace period runs from the due date;
 * unpaid at the end, coverage ends with the last paid month. See docs/decisions/0003-coverage.md.
 */
final class CoverageRules {

  private CoverageRules() {}

  /** A bill still owed (cancelled bills are left out), in coverage-month order. */
  record OwedBill(
      YearMonth month, LocalDate issuedOn, LocalDate dueDate, long netCents, long aptcCents) {}

  record Evaluation(
      CoverageStatus status, LocalDate effectuatedOn, boolean aptcGrace, LocalDate lastCuredOn) {}

  /**
   * @param bills bills still owed, binder first
   * @param payments what reduced (or, negative, raised) what is owed, by business date
   * @param toleratedShortfall the issuer's tolerance for a given amount owed
   */
  static Evaluation evaluate(
      List<OwedBill> bills,
      List<ReceivableMovement> payments,
      LongUnaryOperator toleratedShortfall,
      int stateGraceDays,
      LocalDate asOf) {
    Ledger ledger = new Ledger(bills, payments, toleratedShortfall);
    if (bills.isEmpty()) {
      return new Evaluation(CoverageStatus.of(Kind.AWAITING_BINDER), null, false, null);
    }

    OwedBill binder = bills.get(0);
    LocalDate effectuatedOn = ledger.firstDatePaid(binder, binder.issuedOn(), binder.dueDate());
    if (effectuatedOn == null || effectuatedOn.isAfter(asOf)) {
      Kind kind = asOf.isAfter(binder.dueDate()) ? Kind.CANCELLED : Kind.AWAITING_BINDER;
      return new Evaluation(CoverageStatus.of(kind), null, false, null);
    }

    LocalDate lastCuredOn = null;
    LocalDate currentSince = effectuatedOn;
    for (OwedBill bill : bills.subList(1, bills.size())) {
      boolean pastDue = bill.dueDate().isBefore(asOf);
      if (!pastDue || bill.dueDate().isBefore(currentSince) || ledger.isPaidAt(bill.dueDate())) {
        continue;
      }

      YearMonth firstGraceMonth = ledger.firstUnpaidMonth(bill.dueDate());
      OwedBill unpaid = ledger.bill(firstGraceMonth);
      boolean aptcGrace =
          unpaid.aptcCents() > 0
              && ledger.fullyPaidBillsInYear(bill.dueDate(), firstGraceMonth.getYear()) > 0;
      LocalDate graceEndsOn =
          aptcGrace
              ? firstGraceMonth.plusMonths(2).atEndOfMonth()
              : bill.dueDate().plusDays(stateGraceDays);

      LocalDate curedOn = ledger.firstDateAllPaid(bill.dueDate(), earlier(graceEndsOn, asOf));
      if (curedOn != null) {
        lastCuredOn = curedOn;
        currentSince = curedOn;
        continue;
      }
      if (!asOf.isAfter(graceEndsOn)) {
        return new Evaluation(
            new CoverageStatus(Kind.IN_GRACE, firstGraceMonth, graceEndsOn, null),
            effectuatedOn,
            aptcGrace,
            lastCuredOn);
      }
      LocalDate coveredThrough =
          aptcGrace
              ? firstGraceMonth.atEndOfMonth()
              : firstGraceMonth.minusMonths(1).atEndOfMonth();
      return new Evaluation(
          new CoverageStatus(
              Kind.TERMINATION_PENDING, firstGraceMonth, graceEndsOn, coveredThrough),
          effectuatedOn,
          aptcGrace,
          lastCuredOn);
    }
    return new Evaluation(CoverageStatus.of(Kind.CURRENT), effectuatedOn, false, lastCuredOn);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Bills and payments, answering "what was owed and paid by a date". */
  private static final class Ledger {
    private final List<OwedBill> bills;
    private final List<ReceivableMovement> payments;
    private final LongUnaryOperator toleratedShortfall;

    Ledger(
        List<OwedBill> bills,
        List<ReceivableMovement> payments,
        LongUnaryOperator toleratedShortfall) {
      this.bills = bills;
      this.payments = payments;
      this.toleratedShortfall = toleratedShortfall;
    }

    long paidBy(LocalDate date) {
      return payments.stream()
          .filter(p -> !p.businessDate().isAfter(date))
          .mapToLong(ReceivableMovement::paidCents)
          .sum();
    }

    long owedBy(LocalDate date) {
      return bills.stream()
          .filter(b -> !b.dueDate().isAfter(date))
          .mapToLong(OwedBill::netCents)
          .sum();
    }

    boolean isPaidAt(LocalDate date) {
      long owed = owedBy(date);
      return owed - paidBy(date) <= toleratedShortfall.applyAsLong(owed);
    }

    /** The first date in [from, to] by which the given bill (and all before it) was paid. */
    LocalDate firstDatePaid(OwedBill bill, LocalDate from, LocalDate to) {
      long owed =
          bills.stream()
              .filter(b -> !b.month().isAfter(bill.month()))
              .mapToLong(OwedBill::netCents)
              .sum();
      long tolerated = toleratedShortfall.applyAsLong(owed);
      for (LocalDate date : candidateDates(from, to)) {
        if (owed - paidBy(date) <= tolerated) {
          return date;
        }
      }
      return null;
    }

    /** The first payment date after {@code after} and up to {@code to} when all owed is paid. */
    LocalDate firstDateAllPaid(LocalDate after, LocalDate to) {
      for (LocalDate date : candidateDates(after.plusDays(1), to)) {
        if (isPaidAt(date)) {
          return date;
        }
      }
      return null;
    }

    /** The first bill that the payments made by a date, oldest first, do not cover whole. */
    YearMonth firstUnpaidMonth(LocalDate date) {
      long available = paidBy(date);
      for (OwedBill bill : bills) {
        if (available < bill.netCents()) {
          return bill.month();
        }
        available -= bill.netCents();
      }
      return bills.get(bills.size() - 1).month();
    }

    int fullyPaidBillsInYear(LocalDate date, int year) {
      long available = paidBy(date);
      int paid = 0;
      for (OwedBill bill : bills) {
        if (available < bill.netCents()) {
          break;
        }
        available -= bill.netCents();
        if (bill.month().getYear() == year) {
          paid++;
        }
      }
      return paid;
    }

    OwedBill bill(YearMonth month) {
      return bills.stream().filter(b -> b.month().equals(month)).findFirst().orElseThrow();
    }

    private List<LocalDate> candidateDates(LocalDate from, LocalDate to) {
      List<LocalDate> dates = new ArrayList<>();
      if (!from.isAfter(to)) {
        dates.add(from);
      }
      payments.stream()
          .map(ReceivableMovement::businessDate)
          .filter(d -> d.isAfter(from) && !d.isAfter(to))
          .forEach(dates::add);
      return dates;
    }
  }
}
