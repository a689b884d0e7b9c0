package org.premiumledger.cases.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.premiumledger.cases.api.ActionStatus;
import org.premiumledger.cases.api.CaseAssignedEvent;
import org.premiumledger.cases.api.CaseClosedEvent;
import org.premiumledger.cases.api.CaseDeadline;
import org.premiumledger.cases.api.CaseEscalatedEvent;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseReopenedEvent;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseStatusChangedEvent;
import org.premiumledger.cases.api.DeadlineMetEvent;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.EvidenceAttachedEvent;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.MoneyActionFailedEvent;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.api.MoneyActionRejectedEvent;
import org.premiumledger.cases.api.MoneyActionRequestedEvent;
import org.premiumledger.cases.api.PaymentLinkedEvent;
import org.premiumledger.cases.api.ProcessorRefundConfirmedEvent;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the case queue and case detail tables from the case events. Rows are keyed by case,
 * payment, rule and action, so a replay after a reset rebuilds the same tables.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.VIEW)
class CaseViewProjector {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  CaseViewProjector(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(CaseOpenedEvent event) {
    jdbc.update(
        """
        insert into case_view
               (case_id, case_number, billing_account_id, kind, source, status, opened_at,
                updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (case_id) do nothing
        """,
        id(event.caseId()),
        event.caseId().caseNumber(),
        event.billingAccountId().value(),
        event.kind().name(),
        event.source().name(),
        CaseStatus.OPEN.name(),
        ts(event.at()),
        ts(event.at()));
    event.payments().forEach(payment -> addPayment(event.caseId(), payment));
    event.deadlines().forEach(deadline -> putDeadline(event.caseId(), deadline));
    countPayments(event.caseId());
  }

  @EventHandler
  void on(PaymentLinkedEvent event) {
    addPayment(event.caseId(), event.payment());
    countPayments(event.caseId());
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(CaseAssignedEvent event) {
    jdbc.update(
        "update case_view set assignee_user_id = ? where case_id = ?",
        event.assigneeUserId(),
        id(event.caseId()));
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(CaseStatusChangedEvent event) {
    status(event.caseId(), event.to(), null, event.at());
  }

  @EventHandler
  void on(CaseResolvedEvent event) {
    status(event.caseId(), CaseStatus.RESOLVED, event.resolution().name(), event.at());
  }

  @EventHandler
  void on(CaseClosedEvent event) {
    jdbc.update(
        "update case_view set status = ? where case_id = ?",
        CaseStatus.CLOSED.name(),
        id(event.caseId()));
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(CaseReopenedEvent event) {
    status(event.caseId(), CaseStatus.INVESTIGATING, null, event.at());
    putDeadline(event.caseId(), event.resolveDeadline());
  }

  @EventHandler
  void on(DeadlineMetEvent event) {
    jdbc.update(
        "update case_view_deadline set met_at = ? where case_id = ? and rule = ?",
        ts(event.at()),
        id(event.caseId()),
        event.rule().name());
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(CaseEscalatedEvent event) {
    String flag = event.standing() == DeadlineStanding.PAST ? "flagged_past" : "flagged_near";
    jdbc.update(
        "update case_view_deadline set " + flag + " = true where case_id = ? and rule = ?",
        id(event.caseId()),
        event.rule().name());
    jdbc.update("update case_view set escalated = true where case_id = ?", id(event.caseId()));
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(EvidenceAttachedEvent event) {
    jdbc.update(
        """
        insert into case_view_evidence
               (evidence_id, case_id, file_name, content_type, size_bytes, sha256, attached_at,
                attached_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (evidence_id) do nothing
        """,
        event.evidenceId(),
        id(event.caseId()),
        event.fileName(),
        event.contentType(),
        event.sizeBytes(),
        event.sha256(),
        ts(event.at()),
        event.by().userId());
    touch(event.caseId(), event.at());
  }

  @EventHandler
  void on(MoneyActionRequestedEvent event) {
    jdbc.update(
        """
        insert into case_view_action
               (action_id, case_id, action_json, paid_out_cents, status, approval_required,
                requested_by, requested_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (action_id) do nothing
        """,
        event.actionId(),
        id(event.caseId()),
        toJson(event.action()),
        event.action().paidOutCents(),
        ActionStatus.AWAITING_APPROVAL.name(),
        event.approvalRequired(),
        event.by().userId(),
        ts(event.at()));
    actionsChanged(event.caseId(), event.at());
  }

  @EventHandler
  void on(MoneyActionAuthorizedEvent event) {
    ActionStatus status =
        event.viaProcessor() ? ActionStatus.REQUESTED_FROM_PROCESSOR : ActionStatus.AUTHORIZED;
    jdbc.update(
        """
        update case_view_action
           set status = ?, decided_by = ?, decision_reason = ?, approval_reference = ?
         where action_id = ?
        """,
        status.name(),
        event.by().userId(),
        event.why(),
        event.approvalReference(),
        event.actionId());
    actionsChanged(event.caseId(), event.at());
  }

  @EventHandler
  void on(MoneyActionRejectedEvent event) {
    jdbc.update(
        "update case_view_action set status = ?, decided_by = ?, decision_reason = ?"
            + " where action_id = ?",
        ActionStatus.REJECTED.name(),
        event.by().userId(),
        event.why(),
        event.actionId());
    actionsChanged(event.caseId(), event.at());
  }

  @EventHandler
  void on(ProcessorRefundConfirmedEvent event) {
    actionStatus(event.actionId(), ActionStatus.AUTHORIZED);
    actionsChanged(event.caseId(), event.at());
  }

  @EventHandler
  void on(MoneyActionPostedEvent event) {
    jdbc.update(
        "update case_view_action set status = ?, ledger_reference = ? where action_id = ?",
        ActionStatus.POSTED.name(),
        event.ledgerReference(),
        event.actionId());
    actionsChanged(event.caseId(), event.at());
  }

  @EventHandler
  void on(MoneyActionFailedEvent event) {
    jdbc.update(
        "update case_view_action set status = ?, failure = ? where action_id = ?",
        ActionStatus.FAILED.name(),
        event.ledgerRefusalCode() + " " + event.why(),
        event.actionId());
    actionsChanged(event.caseId(), event.at());
  }

  @ResetHandler
  void reset() {
    for (String table :
        new String[] {
          "case_view_action",
          "case_view_evidence",
          "case_view_deadline",
          "case_view_payment",
          "case_view"
        }) {
      jdbc.update("delete from " + table);
    }
  }

  private void addPayment(CaseId caseId, CasePayment payment) {
    jdbc.update(
        """
        insert into case_view_payment
               (case_id, payment_id, rail, amount_cents, currency, received_at, settlement_date)
        values (?, ?, ?, ?, ?, ?, ?)
        on conflict (case_id, payment_id) do nothing
        """,
        id(caseId),
        UUID.fromString(payment.paymentId().value()),
        payment.rail().code(),
        payment.amount().cents(),
        payment.amount().currency().getCurrencyCode(),
        ts(payment.receivedAt()),
        payment.settlementDate());
  }

  private void countPayments(CaseId caseId) {
    jdbc.update(
        """
        update case_view
           set payment_count = (select count(*) from case_view_payment p
                                 where p.case_id = case_view.case_id)
         where case_id = ?
        """,
        id(caseId));
  }

  private void putDeadline(CaseId caseId, CaseDeadline deadline) {
    jdbc.update(
        """
        insert into case_view_deadline (case_id, rule, due_on, unit, unit_count)
        values (?, ?, ?, ?, ?)
        on conflict (case_id, rule)
        do update set due_on = excluded.due_on, unit = excluded.unit,
                      unit_count = excluded.unit_count, met_at = null,
                      flagged_near = false, flagged_past = false
        """,
        id(caseId),
        deadline.rule().name(),
        deadline.dueOn(),
        deadline.unit().name(),
        deadline.count());
  }

  private void status(CaseId caseId, CaseStatus status, String resolution, Instant at) {
    jdbc.update(
        "update case_view set status = ?, resolution = ?, updated_at = ? where case_id = ?",
        status.name(),
        resolution,
        ts(at),
        id(caseId));
  }

  private void actionStatus(UUID actionId, ActionStatus status) {
    jdbc.update(
        "update case_view_action set status = ? where action_id = ?", status.name(), actionId);
  }

  /** The queue shows what awaits a supervisor and what was paid out (posted). */
  private void actionsChanged(CaseId caseId, Instant at) {
    jdbc.update(
        """
        update case_view
           set actions_awaiting_approval =
                 (select count(*) from case_view_action a
                   where a.case_id = case_view.case_id and a.status = 'AWAITING_APPROVAL'),
               paid_out_cents =
                 (select coalesce(sum(a.paid_out_cents), 0) from case_view_action a
                   where a.case_id = case_view.case_id and a.status = 'POSTED'),
               updated_at = ?
         where case_id = ?
        """,
        ts(at),
        id(caseId));
  }

  private void touch(CaseId caseId, Instant at) {
    jdbc.update(
        "update case_view set updated_at = greatest(updated_at, ?) where case_id = ?",
        ts(at),
        id(caseId));
  }

  private String toJson(MoneyAction action) {
    try {
      return json.writeValueAsString(action);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a money action always serializes", e);
    }
  }

  private static UUID id(CaseId caseId) {
    return UUID.fromString(caseId.value());
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
