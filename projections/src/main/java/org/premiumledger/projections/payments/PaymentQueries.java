package org.premiumledger.projections.payments;

import static org.premiumledger.projections.payments.PaymentTables.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.premiumledger.projections.api.FetchIntakeExceptionsQuery;
import org.premiumledger.projections.api.FetchPaymentDetailQuery;
import org.premiumledger.projections.api.FindPaymentsQuery;
import org.premiumledger.projections.api.FindPaymentsResponse;
import org.premiumledger.projections.api.IntakeExceptionsResponse;
import org.premiumledger.projections.api.PaymentDetailResponse;
import org.premiumledger.projections.api.PaymentSort;
import org.premiumledger.projections.platform.Columns;
import org.premiumledger.projections.platform.Keyset;
import org.springframework.stereotype.Component;

/** Answers payment detail, the workbench's payment search and intake's exceptions list. */
@Component
class PaymentQueries {

  private static final Table<?> ACCOUNT = Columns.table("pj_account");
  private static final Field<String> ACCOUNT_ID = Columns.text("pj_account", "billing_account_id");
  private static final Field<String> HOUSEHOLD_NAME = Columns.text("pj_account", "household_name");

  private final DSLContext db;

  PaymentQueries(DSLContext db) {
    this.db = db;
  }

  @QueryHandler
  PaymentDetailResponse handle(FetchPaymentDetailQuery query) {
    UUID id = UUID.fromString(query.paymentId().value());
    Record row = db.select(PAYMENT_FIELDS).from(PAYMENT).where(P_ID.eq(id)).fetchOne();
    if (row == null) {
      return PaymentDetailResponse.notFound();
    }

    List<PaymentDetailResponse.Step> steps =
        db.select(STEP_FIELDS)
            .from(STEP)
            .where(S_PAYMENT.eq(id))
            .orderBy(S_GLOBAL_INDEX)
            .fetch(
                step ->
                    new PaymentDetailResponse.Step(
                        step.get(S_GLOBAL_INDEX),
                        step.get(S_STEP),
                        step.get(S_BUSINESS_DATE),
                        step.get(S_RECORDED_AT),
                        step.get(S_AMOUNT),
                        step.get(S_REFERENCE),
                        step.get(S_REASON_CODE),
                        Columns.uuidText(step.get(S_ENTRY)),
                        step.get(S_DETAIL)));
    return new PaymentDetailResponse(true, payment(row), steps);
  }

  private static PaymentDetailResponse.Payment payment(Record row) {
    return new PaymentDetailResponse.Payment(
        row.get(P_ID).toString(),
        row.get(P_ACCOUNT),
        row.get(P_SOURCE),
        row.get(P_REFERENCE),
        row.get(P_RAIL),
        row.get(P_AMOUNT),
        row.get(P_CURRENCY),
        row.get(P_RECEIVED_AT),
        row.get(P_SETTLEMENT_DATE),
        row.get(P_BRAND),
        row.get(P_LAST4),
        row.get(P_STATUS),
        row.get(P_SETTLED_ON),
        row.get(P_REFUNDED),
        row.get(P_CHARGED_BACK),
        row.get(P_FEES),
        row.get(P_RECOVERY));
  }

  @QueryHandler
  FindPaymentsResponse handle(FindPaymentsQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    PaymentSort sort = query.sort() == null ? PaymentSort.NEWEST_FIRST : query.sort();
    List<String> after = Keyset.decode(query.after(), 2);

    var select =
        db.select(
                P_ID,
                P_ACCOUNT,
                HOUSEHOLD_NAME,
                P_SOURCE,
                P_REFERENCE,
                P_RAIL,
                P_AMOUNT,
                P_CURRENCY,
                P_RECEIVED_AT,
                P_BRAND,
                P_LAST4,
                P_STATUS)
            .from(PAYMENT)
            .leftJoin(ACCOUNT)
            .on(ACCOUNT_ID.eq(P_ACCOUNT))
            .where(criteria(query))
            .orderBy(order(sort));
    org.jooq.ResultQuery<? extends Record> page =
        after == null
            ? select.limit(pageSize + 1)
            : select.seek(seekValues(sort, after)).limit(pageSize + 1);
    List<FindPaymentsResponse.Hit> hits = page.fetch(PaymentQueries::hit);

    String next = null;
    if (hits.size() > pageSize) {
      FindPaymentsResponse.Hit last = hits.get(pageSize - 1);
      boolean byAmount = sort == PaymentSort.LARGEST_FIRST || sort == PaymentSort.SMALLEST_FIRST;
      next = Keyset.encode(byAmount ? last.amountCents() : last.receivedAt(), last.paymentId());
    }
    return new FindPaymentsResponse(hits.subList(0, Math.min(pageSize, hits.size())), next);
  }

  private static Condition criteria(FindPaymentsQuery query) {
    Condition criteria = DSL.noCondition();
    if (present(query.householdName())) {
      criteria =
          criteria.and(DSL.lower(HOUSEHOLD_NAME).contains(query.householdName().toLowerCase()));
    }
    if (present(query.billingAccountId())) {
      criteria = criteria.and(P_ACCOUNT.eq(query.billingAccountId()));
    }
    if (present(query.paymentReference())) {
      criteria = criteria.and(P_REFERENCE.eq(query.paymentReference()));
    }
    if (present(query.achTraceNumber())) {
      criteria = criteria.and(P_REFERENCE.eq(query.achTraceNumber())).and(P_SOURCE.eq("ach-trace"));
    }
    if (present(query.cardLast4())) {
      criteria = criteria.and(P_LAST4.eq(query.cardLast4()));
    }
    if (query.amountCents() != null) {
      criteria = criteria.and(P_AMOUNT.eq(query.amountCents()));
    }
    if (query.receivedFrom() != null) {
      criteria = criteria.and(P_RECEIVED_AT.ge(query.receivedFrom()));
    }
    if (query.receivedTo() != null) {
      criteria = criteria.and(P_RECEIVED_AT.lt(query.receivedTo()));
    }
    return criteria;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static SortField<?>[] order(PaymentSort sort) {
    return switch (sort) {
      case NEWEST_FIRST -> new SortField<?>[] {P_RECEIVED_AT.desc(), P_ID.desc()};
      case OLDEST_FIRST -> new SortField<?>[] {P_RECEIVED_AT.asc(), P_ID.asc()};
      case LARGEST_FIRST -> new SortField<?>[] {P_AMOUNT.desc(), P_ID.desc()};
      case SMALLEST_FIRST -> new SortField<?>[] {P_AMOUNT.asc(), P_ID.asc()};
    };
  }

  private static Object[] seekValues(PaymentSort sort, List<String> after) {
    UUID id = UUID.fromString(after.get(1));
    return switch (sort) {
      case NEWEST_FIRST, OLDEST_FIRST -> new Object[] {Instant.parse(after.get(0)), id};
      case LARGEST_FIRST, SMALLEST_FIRST -> new Object[] {Long.parseLong(after.get(0)), id};
    };
  }

  private static FindPaymentsResponse.Hit hit(Record row) {
    return new FindPaymentsResponse.Hit(
        row.get(P_ID).toString(),
        row.get(P_ACCOUNT),
        row.get(HOUSEHOLD_NAME),
        row.get(P_SOURCE),
        row.get(P_REFERENCE),
        row.get(P_RAIL),
        row.get(P_AMOUNT),
        row.get(P_CURRENCY),
        row.get(P_RECEIVED_AT),
        row.get(P_BRAND),
        row.get(P_LAST4),
        row.get(P_STATUS));
  }

  @QueryHandler
  IntakeExceptionsResponse handle(FetchIntakeExceptionsQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    List<String> after = Keyset.decode(query.after(), 1);
    List<IntakeExceptionsResponse.Item> items =
        db.select(EXCEPTION_FIELDS)
            .from(EXCEPTION)
            .where(query.includeResolved() ? DSL.noCondition() : X_RESOLVED.isFalse())
            .and(
                after == null ? DSL.noCondition() : X_GLOBAL_INDEX.gt(Long.parseLong(after.get(0))))
            .orderBy(X_GLOBAL_INDEX)
            .limit(pageSize + 1)
            .fetch(
                row ->
                    new IntakeExceptionsResponse.Item(
                        row.get(X_KIND),
                        row.get(X_REFERENCE),
                        row.get(X_GLOBAL_INDEX),
                        row.get(X_RECORDED_AT),
                        row.get(X_AMOUNT),
                        row.get(X_CURRENCY),
                        Columns.uuidText(row.get(X_PAYMENT)),
                        row.get(X_TRACE),
                        row.get(X_REASON_CODE),
                        row.get(X_RESOLVED),
                        row.get(X_RESOLVED_TO)));
    return new IntakeExceptionsResponse(
        items.subList(0, Math.min(pageSize, items.size())),
        items.size() > pageSize ? Keyset.encode(items.get(pageSize - 1).globalIndex()) : null);
  }
}
