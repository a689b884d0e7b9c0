package org.premiumledger.ledger.billing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.premiumledger.ledger.testing.Entries.correction;
import static org.premiumledger.ledger.testing.Entries.credit;
import static org.premiumledger.ledger.testing.Entries.debit;
import static org.premiumledger.ledger.testing.Entries.entry;
import static org.premiumledger.ledger.testing.Entries.exactly;
import static org.premiumledger.ledger.testing.Refusals.refusal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.premiumledger.ledger.api.GracePeriodStartedEvent;
import org.premiumledger.ledger.api.Household;
import org.premiumledger.ledger.api.HouseholdUpdatedEvent;
import org.premiumledger.ledger.api.IssueBillCommand;
import org.premiumledger.ledger.api.IssuerId;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.OpenBillingAccountCommand;
import org.premiumledger.ledger.api.PostingRule;
import org.premiumledger.ledger.api.PremiumBilledEvent;
import org.premiumledger.ledger.api.PremiumWrittenOffEvent;
import org.premiumledger.ledger.api.ReviewCoverageCommand;
import org.premiumledger.ledger.api.UpdateHouseholdCommand;
import org.premiumledger.ledger.api.WriteOffBearer;
import org.premiumledger.ledger.api.WriteOffPremiumCommand;
import org.premiumledger.ledger.book.BookReader;
import org.premiumledger.ledger.book.BookReader.ReceivableMovement;
import org.premiumledger.ledger.platform.LedgerSettings;

/** Given/when/then for every command of a billing account and every refusal. */
class BillingAccountTest {

  private static final BillingAccountId ACCOUNT = new BillingAccountId("BA-1001");
  private static final String RECEIVABLE = "receivable:enrollee:BA-1001";
  private static final IssuerId BLUE = new IssuerId("BLUE");
  private static final IssuerId GREEN = new IssuerId("GREEN");
  private static final Household HOUSEHOLD =
      new Household("Ana Diaz", "es", "ana@example.org", "555-0100", "email", "MA");
  // Gross $612.40, APTC $400.00: the household owes $212.40 a month.
  private static final Enrollment ENROLLMENT =
      new Enrollment(BLUE, "SILVER-1", LocalDate.of(2027, 1, 1), null, 61_240, 40_000);
  private static final LocalDate ISSUED_ON = LocalDate.of(2026, 12, 1);

  private AggregateTestFixture<BillingAccount> fixture;
  private BookReader book;

  @BeforeEach
  void setUp() {
    book = mock(BookReader.class);
    fixture = new AggregateTestFixture<>(BillingAccount.class);
    fixture.registerInjectableResource(book);
    fixture.registerInjectableResource(new LedgerSettings());
  }

  @Test
  void canOpenABillingAccount() {
    fixture
        .givenNoPriorActivity()
        .when(new OpenBillingAccountCommand(ACCOUNT, HOUSEHOLD, ENROLLMENT, Money.USD))
        .expectEvents(opened());
  }

  @Test
  void anIdenticalHouseholdChangesNothing() {
    fixture.given(opened()).when(new UpdateHouseholdCommand(ACCOUNT, HOUSEHOLD)).expectNoEvents();
  }

  @Test
  void aChangedHouseholdIsRecorded() {
    Household moved = new Household("Ana Diaz", "en", "ana@example.org", "555-0199", "sms", "MA");

    fixture
        .given(opened())
        .when(new UpdateHouseholdCommand(ACCOUNT, moved))
        .expectEvents(new HouseholdUpdatedEvent(ACCOUNT, moved));
  }

  @Test
  void theBinderBillIsDueThirtyDaysAfterTheCoverageStart() {
    fixture
        .given(opened())
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2027, 1), ISSUED_ON))
        .expectEventsMatching(exactly(billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true)));
  }

  @Test
  void aLaterBillIsDueOnTheLastDayOfThePreviousMonth() {
    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true))
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2027, 3), LocalDate.of(2027, 2, 1)))
        .expectEventsMatching(exactly(billed(3, 61_240, 40_000, LocalDate.of(2027, 2, 28), false)));
  }

  @Test
  void cannotBillAMonthTwice() {
    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true))
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2027, 1), ISSUED_ON))
        .expectException(refusal(LedgerRefusal.BILL_ALREADY_ISSUED));
  }

  @Test
  void cannotBillAMonthBeforeTheCoverage() {
    fixture
        .given(opened())
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2026, 12), ISSUED_ON))
        .expectException(refusal(LedgerRefusal.MONTH_NOT_COVERED));
  }

  @Test
  void aBillTheTaxCreditCoversWholePostsNoEntry() {
    Enrollment fullyCovered =
        new Enrollment(BLUE, "BRONZE-1", LocalDate.of(2027, 1, 1), null, 30_000, 30_000);

    fixture
        .given(new BillingAccountOpenedEvent(ACCOUNT, HOUSEHOLD, fullyCovered, Money.USD))
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2027, 1), ISSUED_ON))
        .expectEvents(
            new PremiumBilledEvent(
                ACCOUNT,
                YearMonth.of(2027, 1),
                BLUE,
                "BRONZE-1",
                30_000,
                30_000,
                0,
                ISSUED_ON,
                LocalDate.of(2027, 1, 31),
                true,
                null));
  }

  @Test
  void anIdenticalEnrollmentChangesNothing() {
    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true))
        .when(
            new ChangeEnrollmentCommand(
                ACCOUNT, ENROLLMENT, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5)))
        .expectNoEvents();
  }

  @Test
  void aLowerTaxCreditIntoABilledMonthAdjustsThatBill() {
    // APTC falls from $400.00 to $350.00 from February: February's net rises by $50.00.
    Enrollment lessAptc =
        new Enrollment(BLUE, "SILVER-1", LocalDate.of(2027, 1, 1), null, 61_240, 35_000);
    LocalDate changedOn = LocalDate.of(2027, 1, 20);

    fixture
        .given(
            opened(),
            billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true),
            billed(2, 61_240, 40_000, LocalDate.of(2027, 1, 31), false))
        .when(new ChangeEnrollmentCommand(ACCOUNT, lessAptc, LocalDate.of(2027, 2, 1), changedOn))
        .expectEventsMatching(
            exactly(
                new EnrollmentChangedEvent(ACCOUNT, lessAptc, LocalDate.of(2027, 2, 1)),
                new BillAdjustedEvent(
                    ACCOUNT,
                    YearMonth.of(2027, 2),
                    BLUE,
                    61_240,
                    35_000,
                    26_240,
                    5_000,
                    java.util.UUID.randomUUID(),
                    entry(
                        PostingRule.BILL_ADJUSTED,
                        changedOn,
                        debit(RECEIVABLE, 5_000),
                        credit("payable:issuer:BLUE", 5_000)))));
  }

  @Test
  void aMoveToAnotherIssuerMovesTheBilledMonthBetweenIssuers() {
    Enrollment green =
        new Enrollment(GREEN, "GOLD-7", LocalDate.of(2027, 1, 1), null, 70_000, 40_000);
    LocalDate changedOn = LocalDate.of(2027, 1, 20);

    fixture
        .given(opened(), billed(2, 61_240, 40_000, LocalDate.of(2027, 1, 31), false))
        .when(new ChangeEnrollmentCommand(ACCOUNT, green, LocalDate.of(2027, 2, 1), changedOn))
        .expectEventsMatching(
            exactly(
                new EnrollmentChangedEvent(ACCOUNT, green, LocalDate.of(2027, 2, 1)),
                new BillAdjustedEvent(
                    ACCOUNT,
                    YearMonth.of(2027, 2),
                    BLUE,
                    0,
                    0,
                    0,
                    -21_240,
                    java.util.UUID.randomUUID(),
                    entry(
                        PostingRule.BILL_ADJUSTED,
                        changedOn,
                        debit("payable:issuer:BLUE", 21_240),
                        credit(RECEIVABLE, 21_240))),
                new BillAdjustedEvent(
                    ACCOUNT,
                    YearMonth.of(2027, 2),
                    GREEN,
                    70_000,
                    40_000,
                    30_000,
                    30_000,
                    java.util.UUID.randomUUID(),
                    entry(
                        PostingRule.BILL_ADJUSTED,
                        changedOn,
                        debit(RECEIVABLE, 30_000),
                        credit("payable:issuer:GREEN", 30_000)))));
  }

  @Test
  void anEarlierCoverageEndCancelsTheBillsBeyondIt() {
    Enrollment endsInJanuary =
        new Enrollment(
            BLUE, "SILVER-1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 61_240, 40_000);
    LocalDate changedOn = LocalDate.of(2027, 1, 20);

    fixture
        .given(opened(), billed(2, 61_240, 40_000, LocalDate.of(2027, 1, 31), false))
        .when(
            new ChangeEnrollmentCommand(
                ACCOUNT, endsInJanuary, LocalDate.of(2027, 1, 1), changedOn))
        .expectEventsMatching(
            exactly(
                new EnrollmentChangedEvent(ACCOUNT, endsInJanuary, LocalDate.of(2027, 1, 1)),
                new BillCancelledEvent(
                    ACCOUNT,
                    YearMonth.of(2027, 2),
                    BLUE,
                    21_240,
                    "the enrollment no longer covers 2027-02",
                    correction(
                        PostingRule.BILL_CANCELLED,
                        changedOn,
                        debit("payable:issuer:BLUE", 21_240),
                        credit(RECEIVABLE, 21_240)))));
  }

  @Test
  void canCancelABillOnce() {
    LocalDate on = LocalDate.of(2027, 1, 5);
    BillCancelledEvent cancelled =
        new BillCancelledEvent(
            ACCOUNT,
            YearMonth.of(2027, 1),
            BLUE,
            21_240,
            "issued in error",
            correction(
                PostingRule.BILL_CANCELLED,
                on,
                debit("payable:issuer:BLUE", 21_240),
                credit(RECEIVABLE, 21_240)));

    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true))
        .when(new CancelBillCommand(ACCOUNT, YearMonth.of(2027, 1), "issued in error", on))
        .expectEventsMatching(exactly(cancelled));
    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true), cancelled)
        .when(new CancelBillCommand(ACCOUNT, YearMonth.of(2027, 1), "again", on))
        .expectException(refusal(LedgerRefusal.ALREADY_CORRECTED));
  }

  @Test
  void cannotCancelABillNeverIssued() {
    fixture
        .given(opened())
        .when(new CancelBillCommand(ACCOUNT, YearMonth.of(2027, 4), "?", ISSUED_ON))
        .expectException(refusal(LedgerRefusal.BILL_NOT_FOUND));
  }

  @Test
  void aBinderPaidInTimeEffectuatesTheCoverage() {
    when(book.paymentMovements(ACCOUNT))
        .thenReturn(List.of(new ReceivableMovement(LocalDate.of(2027, 1, 12), 21_240)));

    fixture
        .given(opened(), billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true))
        .when(new ReviewCoverageCommand(ACCOUNT, LocalDate.of(2027, 1, 13)))
        .expectResultMessagePayload(CoverageStatus.of(Kind.CURRENT))
        .expectEvents(new CoverageEffectuatedEvent(ACCOUNT, LocalDate.of(2027, 1, 12)));
  }

  @Test
  void aBinderNeverPaidCancelsTheCoverageAndItsBills() {
    when(book.paymentMovements(ACCOUNT)).thenReturn(List.of());
    LocalDate review = LocalDate.of(2027, 2, 1);

    fixture
        .given(
            opened(),
            billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true),
            billed(2, 61_240, 40_000, LocalDate.of(2027, 1, 31), false))
        .when(new ReviewCoverageCommand(ACCOUNT, review))
        .expectEventsMatching(
            exactly(
                new CoverageCancelledEvent(ACCOUNT, review),
                cancelledFor(1, "the binder payment was not made by its due date", review),
                cancelledFor(2, "the binder payment was not made by its due date", review)));
  }

  @Test
  void anUnpaidGracePeriodEndsTheCoverageAndCancelsTheLaterBills() {
    // January and February paid; March, April and May never.
    when(book.paymentMovements(ACCOUNT))
        .thenReturn(
            List.of(
                new ReceivableMovement(LocalDate.of(2027, 1, 12), 21_240),
                new ReceivableMovement(LocalDate.of(2027, 1, 28), 21_240)));
    LocalDate review = LocalDate.of(2027, 6, 1);

    fixture
        .given(
            opened(),
            new CoverageEffectuatedEvent(ACCOUNT, LocalDate.of(2027, 1, 12)),
            billed(1, 61_240, 40_000, LocalDate.of(2027, 1, 31), true),
            billed(2, 61_240, 40_000, LocalDate.of(2027, 1, 31), false),
            billed(3, 61_240, 40_000, LocalDate.of(2027, 2, 28), false),
            billed(4, 61_240, 40_000, LocalDate.of(2027, 3, 31), false),
            billed(5, 61_240, 40_000, LocalDate.of(2027, 4, 30), false))
        .when(new ReviewCoverageCommand(ACCOUNT, review))
        .expectEventsMatching(
            exactly(
                new GracePeriodStartedEvent(
                    ACCOUNT, YearMonth.of(2027, 3), LocalDate.of(2027, 5, 31), true),
                new CoverageTerminatedEvent(
                    ACCOUNT,
                    LocalDate.of(2027, 3, 31),
                    "the grace period ended on 2027-05-31 with premium unpaid",
                    review),
                cancelledFor(4, "coverage ended on 2027-03-31", review),
                cancelledFor(5, "coverage ended on 2027-03-31", review)));
  }

  @Test
  void noMonthIsBilledAfterTheCoverageEnded() {
    fixture
        .given(
            opened(),
            new CoverageTerminatedEvent(ACCOUNT, LocalDate.of(2027, 3, 31), "unpaid", ISSUED_ON))
        .when(new IssueBillCommand(ACCOUNT, YearMonth.of(2027, 4), ISSUED_ON))
        .expectException(refusal(LedgerRefusal.COVERAGE_ENDED));
  }

  @Test
  void canWriteOffPremiumBorneByTheIssuerOrTheExchange() {
    when(book.receivableBalanceCents(ACCOUNT)).thenReturn(21_240L);
    LocalDate on = LocalDate.of(2027, 7, 1);

    fixture
        .given(opened())
        .when(writeOff("WO-1", 21_240, WriteOffBearer.ISSUER))
        .expectEventsMatching(
            exactly(
                new PremiumWrittenOffEvent(
                    ACCOUNT,
                    "WO-1",
                    21_240,
                    WriteOffBearer.ISSUER,
                    "APR-1",
                    "uncollectible",
                    entry(
                        PostingRule.PREMIUM_WRITTEN_OFF,
                        on,
                        debit("payable:issuer:BLUE", 21_240),
                        credit(RECEIVABLE, 21_240)))));
    fixture
        .given(opened())
        .when(writeOff("WO-2", 1_000, WriteOffBearer.EXCHANGE))
        .expectEventsMatching(
            exactly(
                new PremiumWrittenOffEvent(
                    ACCOUNT,
                    "WO-2",
                    1_000,
                    WriteOffBearer.EXCHANGE,
                    "APR-1",
                    "uncollectible",
                    entry(
                        PostingRule.EXCHANGE_LOSS_WRITTEN_OFF,
                        on,
                        debit("expense:write-off", 1_000),
                        credit(RECEIVABLE, 1_000)))));
  }

  @Test
  void cannotWriteOffMoreThanIsOwed() {
    when(book.receivableBalanceCents(ACCOUNT)).thenReturn(21_240L);

    fixture
        .given(opened())
        .when(writeOff("WO-1", 21_241, WriteOffBearer.ISSUER))
        .expectException(refusal(LedgerRefusal.WRITE_OFF_EXCEEDS_BALANCE));
  }

  @Test
  void cannotWriteOffWithoutAnApproval() {
    fixture
        .given(opened())
        .when(
            new WriteOffPremiumCommand(
                ACCOUNT, "WO-1", 100, WriteOffBearer.ISSUER, "", "?", LocalDate.of(2027, 7, 1)))
        .expectException(refusal(LedgerRefusal.APPROVAL_REFERENCE_MISSING));
  }

  private static WriteOffPremiumCommand writeOff(String reference, long cents, WriteOffBearer by) {
    return new WriteOffPremiumCommand(
        ACCOUNT, reference, cents, by, "APR-1", "uncollectible", LocalDate.of(2027, 7, 1));
  }

  private static BillingAccountOpenedEvent opened() {
    return new BillingAccountOpenedEvent(ACCOUNT, HOUSEHOLD, ENROLLMENT, Money.USD);
  }

  private static PremiumBilledEvent billed(
      int month, long gross, long aptc, LocalDate due, boolean binder) {
    YearMonth coverageMonth = YearMonth.of(2027, month);
    LocalDate issuedOn = month == 1 ? ISSUED_ON : coverageMonth.minusMonths(1).atDay(1);
    return new PremiumBilledEvent(
        ACCOUNT,
        coverageMonth,
        BLUE,
        "SILVER-1",
        gross,
        aptc,
        gross - aptc,
        issuedOn,
        due,
        binder,
        entry(
            PostingRule.PREMIUM_BILLED,
            issuedOn,
            debit(RECEIVABLE, gross - aptc),
            credit("payable:issuer:BLUE", gross - aptc)));
  }

  private static BillCancelledEvent cancelledFor(int month, String reason, LocalDate on) {
    return new BillCancelledEvent(
        ACCOUNT,
        YearMonth.of(2027, month),
        BLUE,
        21_240,
        reason,
        correction(
            PostingRule.BILL_CANCELLED,
            on,
            debit("payable:issuer:BLUE", 21_240),
            credit(RECEIVABLE, 21_240)));
  }
}
