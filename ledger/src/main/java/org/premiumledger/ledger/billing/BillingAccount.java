package org.premiumledger.ledger.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.BillAdjustedEvent;
import org.premiumledger.ledger.api.BillCancelledEvent;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.BillingAccountOpenedEvent;
import org.premiumledger.ledger.api.CancelBillCommand;
import org.premiumledger.ledger.api.ChangeEnrollmentCommand;
import org.premiumledger.ledger.api.CoverageCancelledEvent;
import org.premiumledger.ledger.api.CoverageEffectuatedEvent;
import org.premiumledger.ledger.api.CoverageStatus;
import org.premiumledger.ledger.api.CoverageStatus.Kind;
import org.premiumledger.ledger.api.CoverageTerminatedEvent;
import org.premiumledger.ledger.api.Enrollment;
import org.premiumledger.ledger.api.EnrollmentChangedEvent;
import org.premiumledger.ledger.api.GracePeriodCuredEvent;
import org.premiumledger.ledger.api.GracePeriodStartedEvent;
import org.premiumledger.ledger.api.HouseholdUpdatedEvent;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.JournalEntry;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PremiumBilledEvent;
import org.premiumledger.ledger.api.PremiumWrittenOffEvent;
import org.premiumledger.ledger.api.ReviewCoverageCommand;
import org.premiumledger.ledger.api.UpdateHouseholdCommand;
import org.premiumledger.ledger.api.WriteOffBearer;
import org.premiumledger.ledger.api.WriteOffPremiumCommand;
import org.premiumledger.ledger.book.BookReader;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.premiumledger.ledger.posting.PostingRules;

/**
 * A household's billing account: its enrollment over time, the monthly premium bills, and the
 * coverage decisions (effectuation, grace, termination) that follow from billing and paying.
 */
@Aggregate(cache = "billingAccountCache")
class BillingAccount {

  @AggregateIdentifier private BillingAccountId billingAccountId;
  private Currency currency;
  private org.premiumledger.ledger.api.Household household;

  /** Enrollments by the date they take effect; the latest on or before a month applies to it. */
  private final TreeMap<LocalDate, Enrollment> enrollments = new TreeMap<>();

  private final TreeMap<YearMonth, Bill> bills = new TreeMap<>();
  private final Map<String, Long> writeOffsByReference = new java.util.HashMap<>();
  private LocalDate effectuatedOn;
  private boolean coverageCancelled;
  private LocalDate coveredThrough;
  private YearMonth currentGraceMonth;

  protected BillingAccount() {}

  @CommandHandler
  BillingAccount(OpenBillingAccountCommand command) {
    apply(
        new BillingAccountOpenedEvent(
            command.billingAccountId(),
            command.household(),
            command.enrollment(),
            command.currency()));
  }

  @CommandHandler
  void handle(UpdateHouseholdCommand command) {
    if (!command.household().equals(household)) {
      apply(new HouseholdUpdatedEvent(billingAccountId, command.household()));
    }
  }

  @CommandHandler
  void handle(ChangeEnrollmentCommand command) {
    Enrollment inForce = enrollmentFor(YearMonth.from(command.effectiveDate()));
    boolean laterChangesExist = enrollments.higherKey(command.effectiveDate()) != null;
    if (command.enrollment().equals(inForce) && !laterChangesExist) {
      return;
    }

    apply(
        new EnrollmentChangedEvent(
            billingAccountId, command.enrollment(), command.effectiveDate()));
    for (Bill bill : List.copyOf(bills.values())) {
      if (!bill.cancelled() && !bill.month().atEndOfMonth().isBefore(command.effectiveDate())) {
        restate(bill, command.changedOn());
      }
    }
  }

  /** Brings a billed month in line with the enrollment now in force for it, by new entries. */
  private void restate(Bill bill, LocalDate on) {
    Enrollment now = enrollmentFor(bill.month());
    if (now == null || !now.covers(bill.month())) {
      cancel(bill, "the enrollment no longer covers " + bill.month(), on);
      return;
    }
    if (!now.issuerId().equals(bill.issuerId())) {
      adjust(bill, bill.issuerId(), 0, 0, 0, -bill.netCents(), on);
      Bill moved = bills.get(bill.month());
      adjust(
          moved.withIssuer(now.issuerId()),
          now.issuerId(),
          now.grossPremiumCents(),
          now.aptcCents(),
          now.netPremiumCents(),
          now.netPremiumCents(),
          on);
      return;
    }
    if (now.grossPremiumCents() != bill.grossCents() || now.aptcCents() != bill.aptcCents()) {
      adjust(
          bill,
          bill.issuerId(),
          now.grossPremiumCents(),
          now.aptcCents(),
          now.netPremiumCents(),
          now.netPremiumCents() - bill.netCents(),
          on);
    }
  }

  private void adjust(
      Bill bill, IssuerId issuer, long gross, long aptc, long net, long difference, LocalDate on) {
    JournalEntry entry =
        difference == 0
            ? null
            : PostingRules.billAdjusted(
                billingAccountId, issuer, new Money(difference, currency), on);
    apply(
        new BillAdjustedEvent(
            billingAccountId,
            bill.month(),
            issuer,
            gross,
            aptc,
            net,
            difference,
            bill.entryId(),
            entry));
  }

  @CommandHandler
  void handle(IssueBillCommand command, LedgerSettings settings) {
    YearMonth month = command.coverageMonth();
    if (bills.containsKey(month)) {
      throw new LedgerRefusedException(LedgerRefusal.BILL_ALREADY_ISSUED, month.toString());
    }
    if (coverageCancelled || (coveredThrough != null && month.atDay(1).isAfter(coveredThrough))) {
      throw new LedgerRefusedException(LedgerRefusal.COVERAGE_ENDED, month.toString());
    }
    Enrollment enrollment = enrollmentFor(month);
    if (enrollment == null || !enrollment.covers(month)) {
      throw new LedgerRefusedException(LedgerRefusal.MONTH_NOT_COVERED, month.toString());
    }

    LocalDate coverageStart = enrollments.firstEntry().getValue().coverageStart();
    boolean binder = month.equals(YearMonth.from(coverageStart));
    LocalDate dueDate =
        binder
            ? coverageStart.plusDays(settings.getBinderDueDays())
            : month.minusMonths(1).atEndOfMonth();
    long net = enrollment.netPremiumCents();
    JournalEntry entry =
        net == 0
            ? null
            : PostingRules.premiumBilled(
                billingAccountId,
                enrollment.issuerId(),
                new Money(net, currency),
                command.issuedOn());
    apply(
        new PremiumBilledEvent(
            billingAccountId,
            month,
            enrollment.issuerId(),
            enrollment.planId(),
            enrollment.grossPremiumCents(),
            enrollment.aptcCents(),
            net,
            command.issuedOn(),
            dueDate,
            binder,
            entry));
  }

  @CommandHandler
  void handle(CancelBillCommand command) {
    Bill bill = bills.get(command.coverageMonth());
    if (bill == null) {
      throw new LedgerRefusedException(
          LedgerRefusal.BILL_NOT_FOUND, command.coverageMonth().toString());
    }
    if (bill.cancelled()) {
      throw new LedgerRefusedException(
          LedgerRefusal.ALREADY_CORRECTED, "bill " + command.coverageMonth() + " is cancelled");
    }
    cancel(bill, command.reason(), command.cancelledOn());
  }

  private void cancel(Bill bill, String reason, LocalDate on) {
    JournalEntry entry =
        bill.netCents() == 0
            ? null
            : PostingRules.billCancelled(
                billingAccountId,
                bill.issuerId(),
                new Money(bill.netCents(), currency),
                bill.entryId(),
                on);
    apply(
        new BillCancelledEvent(
            billingAccountId, bill.month(), bill.issuerId(), bill.netCents(), reason, entry));
  }

  @CommandHandler
  CoverageStatus handle(ReviewCoverageCommand command, BookReader book, LedgerSettings settings) {
    if (coverageCancelled) {
      return CoverageStatus.of(Kind.CANCELLED);
    }
    if (coveredThrough != null) {
      return new CoverageStatus(Kind.TERMINATED, null, null, coveredThrough);
    }

    List<CoverageRules.OwedBill> owed = new ArrayList<>();
    for (Bill bill : bills.values()) {
      if (!bill.cancelled()) {
        owed.add(
            new CoverageRules.OwedBill(
                bill.month(), bill.issuedOn(), bill.dueDate(), bill.netCents(), bill.aptcCents()));
      }
    }
    String issuer = currentEnrollment().issuerId().value();
    CoverageRules.Evaluation evaluation =
        CoverageRules.evaluate(
            owed,
            book.paymentMovements(billingAccountId),
            owedCents -> settings.toleratedShortfallCents(issuer, owedCents),
            settings.getStateGraceDays(),
            command.asOf());

    recordDecisions(evaluation, command.asOf());
    return evaluation.status();
  }

  private void recordDecisions(CoverageRules.Evaluation evaluation, LocalDate asOf) {
    CoverageStatus status = evaluation.status();
    if (effectuatedOn == null && evaluation.effectuatedOn() != null) {
      apply(new CoverageEffectuatedEvent(billingAccountId, evaluation.effectuatedOn()));
    }
    if (status.kind() == Kind.CANCELLED) {
      apply(new CoverageCancelledEvent(billingAccountId, asOf));
      cancelBillsAfter(null, "the binder payment was not made by its due date", asOf);
      return;
    }

    boolean behind = status.kind() == Kind.IN_GRACE || status.kind() == Kind.TERMINATION_PENDING;
    boolean graceChanged =
        currentGraceMonth != null
            && (!behind || !currentGraceMonth.equals(status.firstGraceMonth()));
    if (graceChanged) {
      LocalDate curedOn = evaluation.lastCuredOn() == null ? asOf : evaluation.lastCuredOn();
      apply(new GracePeriodCuredEvent(billingAccountId, currentGraceMonth, curedOn));
    }
    if (behind && !status.firstGraceMonth().equals(currentGraceMonth)) {
      apply(
          new GracePeriodStartedEvent(
              billingAccountId,
              status.firstGraceMonth(),
              status.graceEndsOn(),
              evaluation.aptcGrace()));
    }
    if (status.kind() == Kind.TERMINATION_PENDING) {
      apply(
          new CoverageTerminatedEvent(
              billingAccountId,
              status.coveredThrough(),
              "the grace period ended on " + status.graceEndsOn() + " with premium unpaid",
              asOf));
      cancelBillsAfter(
          status.coveredThrough(), "coverage ended on " + status.coveredThrough(), asOf);
    }
  }

  /** Cancels every bill for a month after {@code lastCoveredDay} (all of them when null). */
  private void cancelBillsAfter(LocalDate lastCoveredDay, String reason, LocalDate on) {
    for (Bill bill : List.copyOf(bills.values())) {
      boolean after = lastCoveredDay == null || bill.month().atDay(1).isAfter(lastCoveredDay);
      if (after && !bill.cancelled()) {
        cancel(bill, reason, on);
      }
    }
  }

  @CommandHandler
  void handle(WriteOffPremiumCommand command, BookReader book) {
    Long earlier = writeOffsByReference.get(command.writeOffReference());
    if (earlier != null) {
      if (earlier == command.amountCents()) {
        return;
      }
      throw new LedgerRefusedException(
          LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS, command.writeOffReference());
    }
    if (command.amountCents() <= 0) {
      throw new LedgerRefusedException(
          LedgerRefusal.AMOUNT_NOT_POSITIVE, command.amountCents() + " cents");
    }
    if (command.amountCents() > LedgerRefusal.MAX_AMOUNT_CENTS) {
      throw new LedgerRefusedException(
          LedgerRefusal.AMOUNT_ABOVE_LIMIT, command.amountCents() + " cents");
    }
    if (command.approvalReference() == null || command.approvalReference().isBlank()) {
      throw new LedgerRefusedException(LedgerRefusal.APPROVAL_REFERENCE_MISSING, null);
    }
    long owed = book.receivableBalanceCents(billingAccountId);
    if (command.amountCents() > owed) {
      throw new LedgerRefusedException(
          LedgerRefusal.WRITE_OFF_EXCEEDS_BALANCE, "the household owes " + owed + " cents");
    }

    Money amount = new Money(command.amountCents(), currency);
    JournalEntry entry =
        command.bearer() == WriteOffBearer.ISSUER
            ? PostingRules.premiumWrittenOff(
                billingAccountId, currentEnrollment().issuerId(), amount, command.writtenOffOn())
            : PostingRules.exchangeLossWrittenOff(billingAccountId, amount, command.writtenOffOn());
    apply(
        new PremiumWrittenOffEvent(
            billingAccountId,
            command.writeOffReference(),
            command.amountCents(),
            command.bearer(),
            command.approvalReference(),
            command.reason(),
            entry));
  }

  @EventSourcingHandler
  void on(BillingAccountOpenedEvent event) {
    billingAccountId = event.billingAccountId();
    currency = event.currency();
    household = event.household();
    enrollments.put(event.enrollment().coverageStart(), event.enrollment());
  }

  @EventSourcingHandler
  void on(HouseholdUpdatedEvent event) {
    household = event.household();
  }

  @EventSourcingHandler
  void on(EnrollmentChangedEvent event) {
    enrollments.put(event.effectiveDate(), event.enrollment());
  }

  @EventSourcingHandler
  void on(PremiumBilledEvent event) {
    UUID entryId = event.journalEntry() == null ? null : event.journalEntry().entryId();
    bills.put(
        event.coverageMonth(),
        new Bill(
            event.coverageMonth(),
            event.issuerId(),
            event.grossPremiumCents(),
            event.aptcCents(),
            event.netPremiumCents(),
            event.issuedOn(),
            event.dueDate(),
            entryId,
            false));
  }

  @EventSourcingHandler
  void on(BillAdjustedEvent event) {
    bills.computeIfPresent(
        event.coverageMonth(),
        (month, bill) ->
            bill.withIssuer(event.issuerId())
                .withAmounts(
                    event.grossPremiumCents(), event.aptcCents(), event.netPremiumCents()));
  }

  @EventSourcingHandler
  void on(BillCancelledEvent event) {
    bills.computeIfPresent(event.coverageMonth(), (month, bill) -> bill.asCancelled());
  }

  @EventSourcingHandler
  void on(CoverageEffectuatedEvent event) {
    effectuatedOn = event.effectuatedOn();
  }

  @EventSourcingHandler
  void on(GracePeriodStartedEvent event) {
    currentGraceMonth = event.firstGraceMonth();
  }

  @EventSourcingHandler
  void on(GracePeriodCuredEvent event) {
    currentGraceMonth = null;
  }

  @EventSourcingHandler
  void on(CoverageTerminatedEvent event) {
    coveredThrough = event.coveredThrough();
  }

  @EventSourcingHandler
  void on(CoverageCancelledEvent event) {
    coverageCancelled = true;
  }

  @EventSourcingHandler
  void on(PremiumWrittenOffEvent event) {
    writeOffsByReference.put(event.writeOffReference(), event.amountCents());
  }

  private Enrollment enrollmentFor(YearMonth month) {
    Map.Entry<LocalDate, Enrollment> inForce = enrollments.floorEntry(month.atEndOfMonth());
    return inForce == null ? null : inForce.getValue();
  }

  private Enrollment currentEnrollment() {
    return enrollments.lastEntry().getValue();
  }

  /** A bill as it stands after its adjustments. */
  private record Bill(
      YearMonth month,
      IssuerId issuerId,
      long grossCents,
      long aptcCents,
      long netCents,
      LocalDate issuedOn,
      LocalDate dueDate,
      UUID entryId,
      boolean cancelled) {

    Bill withIssuer(IssuerId issuer) {
      return new Bill(
          month, issuer, grossCents, aptcCents, netCents, issuedOn, dueDate, entryId, cancelled);
    }

    Bill withAmounts(long gross, long aptc, long net) {
      return new Bill(month, issuerId, gross, aptc, net, issuedOn, dueDate, entryId, cancelled);
    }

    Bill asCancelled() {
      return new Bill(
          month, issuerId, grossCents, aptcCents, netCents, issuedOn, dueDate, entryId, true);
    }
  }
}
