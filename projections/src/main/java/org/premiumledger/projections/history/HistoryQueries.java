package org.premiumledger.projections.history;

import static org.premiumledger.projections.history.HistoryTables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.premiumledger.ledger.api.CoverageStatus.Kind;
import org.premiumledger.projections.api.CoverageStatusResponse;
import org.premiumledger.projections.api.FetchCoverageStatusQuery;
import org.premiumledger.projections.api.FetchPaymentHistoryQuery;
import org.premiumledger.projections.api.FindBillingAccountsQuery;
import org.premiumledger.projections.api.FindBillingAccountsResponse;
import org.premiumledger.projections.api.PaymentHistoryResponse;
import org.premiumledger.projections.platform.Columns;
import org.premiumledger.projections.platform.Keyset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Answers the history projection's queries: history pages, coverage status, account search. */
@Component
class HistoryQueries {

  private final DSLContext db;
  private final Clock clock;
  private final ZoneId zone;

  HistoryQueries(
      DSLContext db,
      Clock clock,
      @Value("${premium-ledger.ledger.zone:America/New_York}") ZoneId zone) {
    this.db = db;
    this.clock = clock;
    this.zone = zone;
  }

  @QueryHandler
  PaymentHistoryResponse handle(FetchPaymentHistoryQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    List<String> after = Keyset.decode(query.after(), 1);
    Condition seek =
        after == null ? DSL.noCondition() : H_GLOBAL_INDEX.lt(Long.parseLong(after.get(0)));

    List<PaymentHistoryResponse.Line> lines =
        db.select(
                H_GLOBAL_INDEX,
                H_RECORDED_AT,
                H_BUSINESS_DATE,
                H_RULE,
                H_ENTRY,
                H_PAYMENT,
                H_REFERENCE,
                H_REASON_CODE,
                H_DEBIT,
                H_CREDIT,
                H_BALANCE_AFTER)
            .from(HISTORY)
            .where(H_ACCOUNT.eq(query.billingAccountId().value()))
            .and(seek)
            .orderBy(H_GLOBAL_INDEX.desc())
            .limit(pageSize + 1)
            .fetch(HistoryQueries::historyLine);
    return new PaymentHistoryResponse(
        lines.subList(0, Math.min(pageSize, lines.size())),
        lines.size() > pageSize ? Keyset.encode(lines.get(pageSize - 1).globalIndex()) : null);
  }

  private static PaymentHistoryResponse.Line historyLine(Record row) {
    return new PaymentHistoryResponse.Line(
        row.get(H_GLOBAL_INDEX),
        row.get(H_RECORDED_AT),
        row.get(H_BUSINESS_DATE),
        row.get(H_RULE),
        Columns.uuidText(row.get(H_ENTRY)),
        Columns.uuidText(row.get(H_PAYMENT)),
        row.get(H_REFERENCE),
        row.get(H_REASON_CODE),
        row.get(H_DEBIT),
        row.get(H_CREDIT),
        row.get(H_BALANCE_AFTER));
  }

  @QueryHandler
  CoverageStatusResponse handle(FetchCoverageStatusQuery query) {
    String account = query.billingAccountId().value();
    Record row = db.select(ACCOUNT_FIELDS).from(ACCOUNT).where(A_ID.eq(account)).fetchOne();
    if (row == null) {
      return CoverageStatusResponse.notFound(account);
    }

    List<CoverageStatusResponse.Bill> bills =
        db.select(BILL_FIELDS)
            .from(BILL)
            .where(B_ACCOUNT.eq(account))
            .orderBy(B_MONTH)
            .fetch(
                bill ->
                    new CoverageStatusResponse.Bill(
                        YearMonth.from(bill.get(B_MONTH)),
                        bill.get(B_ISSUER),
                        bill.get(B_GROSS),
                        bill.get(B_APTC),
                        bill.get(B_NET),
                        bill.get(B_ISSUED_ON),
                        bill.get(B_DUE_DATE),
                        bill.get(B_BINDER),
                        bill.get(B_CANCELLED)));
    LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock.withZone(zone));
    long balance = row.get(A_BALANCE);
    LocalDate firstGraceMonth = row.get(A_FIRST_GRACE_MONTH);
    return new CoverageStatusResponse(
        true,
        account,
        row.get(A_NAME),
        row.get(A_CURRENCY),
        row.get(A_ISSUER),
        row.get(A_PLAN),
        coverageKindOn(row.get(A_KIND), row.get(A_GRACE_ENDS_ON), asOf),
        row.get(A_EFFECTUATED_ON),
        firstGraceMonth == null ? null : YearMonth.from(firstGraceMonth),
        row.get(A_GRACE_ENDS_ON),
        row.get(A_COVERED_THROUGH),
        balance,
        Math.max(0, balance),
        nextDueDate(bills, balance),
        bills);
  }

  /** A grace period that ended with no decision recorded yet is a termination pending. */
  private static String coverageKindOn(String kind, LocalDate graceEndsOn, LocalDate asOf) {
    boolean graceOver = graceEndsOn != null && graceEndsOn.isBefore(asOf);
    return Kind.IN_GRACE.name().equals(kind) && graceOver ? Kind.TERMINATION_PENDING.name() : kind;
  }

  /**
   * Payments pay the oldest open bill first, so what has been paid toward the bills is what was
   * billed less what is owed; the first bill that this does not cover in full is the one due next.
   */
  static LocalDate nextDueDate(List<CoverageStatusResponse.Bill> bills, long balanceCents) {
    if (balanceCents <= 0) {
      return null;
    }
    List<CoverageStatusResponse.Bill> open = bills.stream().filter(b -> !b.cancelled()).toList();
    long billed = open.stream().mapToLong(CoverageStatusResponse.Bill::netCents).sum();
    long paid = billed - balanceCents;
    long cumulative = 0;
    for (CoverageStatusResponse.Bill bill : open) {
      cumulative += bill.netCents();
      if (cumulative > paid) {
        return bill.dueDate();
      }
    }
    return null;
  }

  @QueryHandler
  FindBillingAccountsResponse handle(FindBillingAccountsQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    List<String> after = Keyset.decode(query.after(), 2);
    Condition criteria = DSL.noCondition();
    if (query.householdName() != null && !query.householdName().isBlank()) {
      criteria = criteria.and(DSL.lower(A_NAME).contains(query.householdName().toLowerCase()));
    }
    if (query.billingAccountId() != null && !query.billingAccountId().isBlank()) {
      String id = query.billingAccountId();
      criteria =
          criteria.and(
              id.endsWith("*") ? A_ID.startsWith(id.substring(0, id.length() - 1)) : A_ID.eq(id));
    }

    var select =
        db.select(A_ID, A_NAME, A_STATE, A_KIND, A_BALANCE, A_CURRENCY)
            .from(ACCOUNT)
            .where(criteria)
            .orderBy(DSL.lower(A_NAME), A_ID);
    org.jooq.ResultQuery<? extends Record> page =
        after == null
            ? select.limit(pageSize + 1)
            : select.seek(after.get(0), after.get(1)).limit(pageSize + 1);
    List<FindBillingAccountsResponse.Hit> hits =
        page.fetch(
            row ->
                new FindBillingAccountsResponse.Hit(
                    row.get(A_ID),
                    row.get(A_NAME),
                    row.get(A_STATE),
                    row.get(A_KIND),
                    row.get(A_BALANCE),
                    row.get(A_CURRENCY)));
    String next = null;
    if (hits.size() > pageSize) {
      FindBillingAccountsResponse.Hit last = hits.get(pageSize - 1);
      next = Keyset.encode(last.householdName().toLowerCase(), last.billingAccountId());
    }
    return new FindBillingAccountsResponse(hits.subList(0, Math.min(pageSize, hits.size())), next);
  }
}
