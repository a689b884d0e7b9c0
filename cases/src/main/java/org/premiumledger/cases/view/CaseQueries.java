package org.premiumledger.cases.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.cases.api.ActionStatus;
import org.premiumledger.cases.api.CaseDetail;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseQueueResponse;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseSummary;
import org.premiumledger.cases.api.CaseTimelineResponse;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.DeadlineUnit;
import org.premiumledger.cases.api.EvidenceContent;
import org.premiumledger.cases.api.FetchCaseQuery;
import org.premiumledger.cases.api.FetchCaseTimelineQuery;
import org.premiumledger.cases.api.FetchEvidenceQuery;
import org.premiumledger.cases.api.FindCasesQuery;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.StaffRole;
import org.premiumledger.cases.dispute.CaseRules;
import org.premiumledger.cases.dispute.EvidenceStore;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the case queries from the read models (and evidence bytes from their table). */
@Component
class CaseQueries {

  private static final String SUMMARY_COLUMNS =
      """
      select c.case_id, c.case_number, c.billing_account_id, c.kind, c.source, c.status,
             c.resolution, c.assignee_user_id, c.opened_at, c.updated_at, c.escalated,
             c.actions_awaiting_approval, c.paid_out_cents, c.payment_count,
             next.rule as next_rule, next.due_on as next_due_on
        from case_view c
        left join lateral (
              select d.rule, d.due_on
                from case_view_deadline d
               where d.case_id = c.case_id and d.met_at is null
               order by d.due_on, d.rule
               limit 1) next on true
      """;

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final CaseRules rules;
  private final EvidenceStore evidence;

  CaseQueries(JdbcTemplate jdbc, ObjectMapper json, CaseRules rules, EvidenceStore evidence) {
    this.jdbc = jdbc;
    this.json = json;
    this.rules = rules;
    this.evidence = evidence;
  }

  @QueryHandler
  CaseQueueResponse handle(FindCasesQuery query) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (query.status() != null) {
      where.append(" and c.status = ?");
      parameters.add(query.status().name());
    }
    if (query.kind() != null) {
      where.append(" and c.kind = ?");
      parameters.add(query.kind().name());
    }
    if (query.assigneeUserId() != null) {
      where.append(" and c.assignee_user_id = ?");
      parameters.add(query.assigneeUserId());
    }
    if (query.billingAccountId() != null) {
      where.append(" and c.billing_account_id = ?");
      parameters.add(query.billingAccountId().value());
    }
    if (query.activeOnly()) {
      where.append(" and c.status not in ('RESOLVED', 'CLOSED')");
    }
    if (query.escalatedOnly()) {
      where.append(" and c.escalated");
    }
    if (query.awaitingApprovalOnly()) {
      where.append(" and c.actions_awaiting_approval > 0");
    }

    Long total =
        jdbc.queryForObject(
            "select count(*) from case_view c" + where, Long.class, parameters.toArray());
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(query.limit());
    paged.add(query.offset());
    LocalDate today = rules.today();
    List<CaseSummary> cases =
        jdbc.query(
            SUMMARY_COLUMNS
                + where
                + " order by next.due_on nulls last, c.opened_at, c.case_id limit ? offset ?",
            (row, rowNumber) -> summary(row, today),
            paged.toArray());
    return new CaseQueueResponse(cases, total == null ? 0 : total);
  }

  @QueryHandler
  Optional<CaseDetail> handle(FetchCaseQuery query) {
    UUID caseId = UUID.fromString(query.caseId().value());
    LocalDate today = rules.today();
    Optional<CaseSummary> summary =
        jdbc
            .query(
                SUMMARY_COLUMNS + " where c.case_id = ?", (row, n) -> summary(row, today), caseId)
            .stream()
            .findFirst();
    return summary.map(
        found ->
            new CaseDetail(
                found, payments(caseId), deadlines(caseId), actions(caseId), evidence(caseId)));
  }

  @QueryHandler
  CaseTimelineResponse handle(FetchCaseTimelineQuery query) {
    List<CaseTimelineResponse.Entry> entries =
        jdbc.query(
            """
            select sequence, at, user_id, role, what, why, detail
              from case_view_timeline
             where case_id = ?
             order by sequence
            """,
            (row, rowNumber) ->
                new CaseTimelineResponse.Entry(
                    row.getLong("sequence"),
                    row.getTimestamp("at").toInstant(),
                    row.getString("user_id"),
                    StaffRole.valueOf(row.getString("role")),
                    row.getString("what"),
                    row.getString("why"),
                    row.getString("detail")),
            UUID.fromString(query.caseId().value()));
    return new CaseTimelineResponse(query.caseId(), entries);
  }

  @QueryHandler
  Optional<EvidenceContent> handle(FetchEvidenceQuery query) {
    return evidence.fetch(query.caseId(), query.evidenceId());
  }

  private CaseSummary summary(ResultSet row, LocalDate today) throws SQLException {
    LocalDate nextDueOn = row.getObject("next_due_on", LocalDate.class);
    String nextRule = row.getString("next_rule");
    CaseStatus status = CaseStatus.valueOf(row.getString("status"));
    DeadlineStanding standing =
        nextDueOn == null || !status.isActive()
            ? null
            : rules.standing(nextDueOn, today).orElse(null);
    String resolution = row.getString("resolution");
    return new CaseSummary(
        CaseId.of(row.getString("case_id")),
        row.getString("case_number"),
        BillingAccountId.of(row.getString("billing_account_id")),
        CaseKind.valueOf(row.getString("kind")),
        CaseSource.valueOf(row.getString("source")),
        status,
        resolution == null ? null : CaseResolution.valueOf(resolution),
        row.getString("assignee_user_id"),
        row.getTimestamp("opened_at").toInstant(),
        row.getTimestamp("updated_at").toInstant(),
        nextRule == null ? null : DeadlineRule.valueOf(nextRule),
        nextDueOn,
        standing == DeadlineStanding.NEAR,
        standing == DeadlineStanding.PAST,
        row.getBoolean("escalated"),
        row.getInt("actions_awaiting_approval"),
        row.getLong("paid_out_cents"),
        row.getInt("payment_count"));
  }

  private List<CasePayment> payments(UUID caseId) {
    return jdbc.query(
        """
        select payment_id, rail, amount_cents, currency, received_at, settlement_date
          from case_view_payment
         where case_id = ?
         order by received_at, payment_id
        """,
        (row, rowNumber) ->
            new CasePayment(
                PaymentId.of(row.getString("payment_id")),
                Rail.fromCode(row.getString("rail")),
                new Money(
                    row.getLong("amount_cents"), Currency.getInstance(row.getString("currency"))),
                row.getTimestamp("received_at").toInstant(),
                row.getObject("settlement_date", LocalDate.class)),
        caseId);
  }

  private List<CaseDetail.Deadline> deadlines(UUID caseId) {
    return jdbc.query(
        """
        select rule, due_on, unit, unit_count, met_at, flagged_near, flagged_past
          from case_view_deadline
         where case_id = ?
         order by due_on, rule
        """,
        (row, rowNumber) ->
            new CaseDetail.Deadline(
                DeadlineRule.valueOf(row.getString("rule")),
                row.getObject("due_on", LocalDate.class),
                DeadlineUnit.valueOf(row.getString("unit")),
                row.getInt("unit_count"),
                instant(row.getTimestamp("met_at")),
                row.getBoolean("flagged_near"),
                row.getBoolean("flagged_past")),
        caseId);
  }

  private List<CaseDetail.Action> actions(UUID caseId) {
    return jdbc.query(
        """
        select action_id, action_json, status, approval_required, requested_by, requested_at,
               decided_by, decision_reason, approval_reference, ledger_reference, failure
          from case_view_action
         where case_id = ?
         order by requested_at, action_id
        """,
        (row, rowNumber) ->
            new CaseDetail.Action(
                row.getObject("action_id", UUID.class),
                fromJson(row.getString("action_json")),
                ActionStatus.valueOf(row.getString("status")),
                row.getBoolean("approval_required"),
                row.getString("requested_by"),
                row.getTimestamp("requested_at").toInstant(),
                row.getString("decided_by"),
                row.getString("decision_reason"),
                row.getString("approval_reference"),
                row.getString("ledger_reference"),
                row.getString("failure")),
        caseId);
  }

  private List<CaseDetail.Evidence> evidence(UUID caseId) {
    return jdbc.query(
        """
        select evidence_id, file_name, content_type, size_bytes, sha256, attached_at, attached_by
          from case_view_evidence
         where case_id = ?
         order by attached_at, evidence_id
        """,
        (row, rowNumber) ->
            new CaseDetail.Evidence(
                row.getObject("evidence_id", UUID.class),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getTimestamp("attached_at").toInstant(),
                row.getString("attached_by")),
        caseId);
  }

  private MoneyAction fromJson(String text) {
    try {
      return json.readValue(text, MoneyAction.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored money action always reads back", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
