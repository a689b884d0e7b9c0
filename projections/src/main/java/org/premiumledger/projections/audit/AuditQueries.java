package org.premiumledger.projections.audit;

import static org.premiumledger.projections.audit.AuditProjection.*;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.premiumledger.projections.api.AuditTrailResponse;
import org.premiumledger.projections.api.FetchAuditTrailQuery;
import org.premiumledger.projections.platform.Keyset;
import org.springframework.stereotype.Component;

/** Answers the audit trail, in the order things happened. */
@Component
class AuditQueries {

  private final DSLContext db;

  AuditQueries(DSLContext db) {
    this.db = db;
  }

  @QueryHandler
  AuditTrailResponse handle(FetchAuditTrailQuery query) {
    int pageSize = Keyset.pageSize(query.pageSize());
    List<String> after = Keyset.decode(query.after(), 1);
    Condition criteria = DSL.noCondition();
    if (query.from() != null) {
      criteria = criteria.and(OCCURRED_AT.ge(query.from()));
    }
    if (query.to() != null) {
      criteria = criteria.and(OCCURRED_AT.lt(query.to()));
    }
    if (query.billingAccountId() != null && !query.billingAccountId().isBlank()) {
      criteria = criteria.and(ACCOUNT.eq(query.billingAccountId()));
    }
    if (after != null) {
      criteria = criteria.and(GLOBAL_INDEX.gt(Long.parseLong(after.get(0))));
    }

    List<AuditTrailResponse.Entry> entries =
        db.select(FIELDS)
            .from(AUDIT)
            .where(criteria)
            .orderBy(GLOBAL_INDEX)
            .limit(pageSize + 1)
            .fetch(
                row ->
                    new AuditTrailResponse.Entry(
                        row.get(GLOBAL_INDEX),
                        row.get(EVENT),
                        row.get(OCCURRED_AT),
                        row.get(AGGREGATE_TYPE),
                        row.get(AGGREGATE_ID),
                        row.get(EVENT_TYPE),
                        row.get(ACCOUNT),
                        row.get(USER_ID),
                        row.get(REASON),
                        row.get(PAYLOAD).data(),
                        row.get(META_DATA).data()));
    return new AuditTrailResponse(
        entries.subList(0, Math.min(pageSize, entries.size())),
        entries.size() > pageSize ? Keyset.encode(entries.get(pageSize - 1).globalIndex()) : null);
  }
}
