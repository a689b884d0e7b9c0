package org.premiumledger.projections.history;

import static org.premiumledger.projections.history.HistoryTables.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.premiumledger.ledger.api.BillAdjustedEvent;
import org.premiumledger.ledger.api.BillCancelledEvent;
import org.premiumledger.ledger.api.BillingAccountOpenedEvent;
import org.premiumledger.ledger.api.CoverageCancelledEvent;
import org.premiumledger.ledger.api.CoverageEffectuatedEvent;
import org.premiumledger.ledger.api.CoverageStatus.Kind;
import org.premiumledger.ledger.api.CoverageTerminatedEvent;
import org.premiumledger.ledger.api.EnrollmentChangedEvent;
import org.premiumledger.ledger.api.GracePeriodCuredEvent;
import org.premiumledger.ledger.api.GracePeriodStartedEvent;
import org.premiumledger.ledger.api.HouseholdUpdatedEvent;
import org.premiumledger.ledger.api.PremiumBilledEvent;
import org.springframework.stereotype.Component;

/**
 * Billing accounts, their bills and their coverage status, from the BillingAccount's events. Each
 * write is an insert that ignores a second delivery or an update to a state the event fixes.
 */
@Component
@ProcessingGroup("projection-history")
class AccountStatusProjection {

  private final DSLContext db;

  AccountStatusProjection(DSLContext db) {
    this.db = db;
  }

  @EventHandler
  void on(BillingAccountOpenedEvent event, EventMessage<?> message) {
    db.insertInto(ACCOUNT)
        .set(A_ID, event.billingAccountId().value())
        .set(A_NAME, event.household().subscriberName())
        .set(A_LANGUAGE, event.household().language())
        .set(A_STATE, event.household().state())
        .set(A_CURRENCY, event.currency().getCurrencyCode())
        .set(A_ISSUER, event.enrollment().issuerId().value())
        .set(A_PLAN, event.enrollment().planId())
        .set(A_COVERAGE_START, event.enrollment().coverageStart())
        .set(A_KIND, Kind.AWAITING_BINDER.name())
        .set(A_BALANCE, 0L)
        .set(A_OPENED_AT, message.getTimestamp())
        .onConflictDoNothing()
        .execute();
  }

  @EventHandler
  void on(HouseholdUpdatedEvent event) {
    db.update(ACCOUNT)
        .set(A_NAME, event.household().subscriberName())
        .set(A_LANGUAGE, event.household().language())
        .set(A_STATE, event.household().state())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(EnrollmentChangedEvent event) {
    db.update(ACCOUNT)
        .set(A_ISSUER, event.enrollment().issuerId().value())
        .set(A_PLAN, event.enrollment().planId())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(CoverageEffectuatedEvent event) {
    db.update(ACCOUNT)
        .set(A_KIND, Kind.CURRENT.name())
        .set(A_EFFECTUATED_ON, event.effectuatedOn())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(GracePeriodStartedEvent event) {
    db.update(ACCOUNT)
        .set(A_KIND, Kind.IN_GRACE.name())
        .set(A_FIRST_GRACE_MONTH, event.firstGraceMonth().atDay(1))
        .set(A_GRACE_ENDS_ON, event.graceEndsOn())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(GracePeriodCuredEvent event) {
    db.update(ACCOUNT)
        .set(A_KIND, Kind.CURRENT.name())
        .set(A_FIRST_GRACE_MONTH, (LocalDate) null)
        .set(A_GRACE_ENDS_ON, (LocalDate) null)
        .where(A_ID.eq(event.billingAccountId().value()))
        .and(A_FIRST_GRACE_MONTH.eq(event.firstGraceMonth().atDay(1)))
        .execute();
  }

  @EventHandler
  void on(CoverageTerminatedEvent event) {
    db.update(ACCOUNT)
        .set(A_KIND, Kind.TERMINATED.name())
        .set(A_COVERED_THROUGH, event.coveredThrough())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(CoverageCancelledEvent event) {
    db.update(ACCOUNT)
        .set(A_KIND, Kind.CANCELLED.name())
        .where(A_ID.eq(event.billingAccountId().value()))
        .execute();
  }

  @EventHandler
  void on(PremiumBilledEvent event) {
    db.insertInto(BILL)
        .set(B_ACCOUNT, event.billingAccountId().value())
        .set(B_MONTH, event.coverageMonth().atDay(1))
        .set(B_ISSUER, event.issuerId().value())
        .set(B_GROSS, event.grossPremiumCents())
        .set(B_APTC, event.aptcCents())
        .set(B_NET, event.netPremiumCents())
        .set(B_ISSUED_ON, event.issuedOn())
        .set(B_DUE_DATE, event.dueDate())
        .set(B_BINDER, event.binder())
        .set(B_CANCELLED, false)
        .onConflictDoNothing()
        .execute();
  }

  @EventHandler
  void on(BillAdjustedEvent event) {
    db.update(BILL)
        .set(B_ISSUER, event.issuerId().value())
        .set(B_GROSS, event.grossPremiumCents())
        .set(B_APTC, event.aptcCents())
        .set(B_NET, event.netPremiumCents())
        .where(billOf(event.billingAccountId().value(), event.coverageMonth()))
        .execute();
  }

  @EventHandler
  void on(BillCancelledEvent event) {
    db.update(BILL)
        .set(B_CANCELLED, true)
        .where(billOf(event.billingAccountId().value(), event.coverageMonth()))
        .execute();
  }

  private static org.jooq.Condition billOf(String account, YearMonth month) {
    return DSL.and(B_ACCOUNT.eq(account), B_MONTH.eq(month.atDay(1)));
  }
}
