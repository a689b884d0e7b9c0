package org.premiumledger.cases.view;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.premiumledger.cases.api.CaseAssignedEvent;
import org.premiumledger.cases.api.CaseEscalatedEvent;
import org.premiumledger.cases.api.CaseEvent;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CaseReopenedEvent;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseStatusChangedEvent;
import org.premiumledger.cases.api.ContactLoggedEvent;
import org.premiumledger.cases.api.DeadlineMetEvent;
import org.premiumledger.cases.api.EvidenceAttachedEvent;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.MoneyActionFailedEvent;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.api.MoneyActionRequestedEvent;
import org.premiumledger.cases.api.PaymentLinkedEvent;
import org.premiumledger.cases.api.ProcessorRefundConfirmedEvent;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.premiumledger.ledger.api.MoneyFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every event of every case becomes one timeline row keyed by (case, sequence): who, when, why and
 * what happened in plain words. A replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.VIEW)
class CaseTimelineProjector {

  private final JdbcTemplate jdbc;

  CaseTimelineProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CaseEvent event, @SequenceNumber Long sequence) {
    jdbc.update(
        """
        insert into case_view_timeline (case_id, sequence, at, user_id, role, what, why, detail)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (case_id, sequence) do nothing
        """,
        UUID.fromString(event.caseId().value()),
        sequence,
        Timestamp.from(event.at()),
        event.by().userId(),
        event.by().role().name(),
        what(event),
        event.why() == null ? "" : event.why(),
        detail(event));
  }

  @ResetHandler
  void reset() {
    jdbc.update("delete from case_view_timeline");
  }

  /** CaseOpenedEvent becomes CASE_OPENED. */
  static String what(CaseEvent event) {
    String name = event.getClass().getSimpleName().replaceFirst("Event$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  static String detail(CaseEvent event) {
    if (event instanceof CaseOpenedEvent opened) {
      return opened.kind()
          + " case opened by "
          + opened.source()
          + " for account "
          + opened.billingAccountId()
          + " with "
          + opened.payments().size()
          + " payment(s)";
    }
    if (event instanceof PaymentLinkedEvent linked) {
      return "payment " + linked.payment().paymentId() + " of " + linked.payment().amount();
    }
    if (event instanceof CaseAssignedEvent assigned) {
      return "assigned to " + assigned.assigneeUserId();
    }
    if (event instanceof CaseStatusChangedEvent changed) {
      return changed.from() + " -> " + changed.to();
    }
    if (event instanceof CaseResolvedEvent resolved) {
      return "resolved: " + resolved.resolution();
    }
    if (event instanceof CaseReopenedEvent reopened) {
      return "reopened; resolve by " + reopened.resolveDeadline().dueOn();
    }
    if (event instanceof ContactLoggedEvent contact) {
      return contact.direction() + " " + contact.channel();
    }
    if (event instanceof EvidenceAttachedEvent evidence) {
      return evidence.fileName()
          + " ("
          + evidence.contentType()
          + ", "
          + evidence.sizeBytes()
          + " bytes, sha256 "
          + evidence.sha256()
          + ")";
    }
    if (event instanceof MoneyActionRequestedEvent requested) {
      return describe(requested.action())
          + "; case total "
          + MoneyFormat.decimal(requested.caseTotalPaidOutCents())
          + (requested.approvalRequired() ? "; needs a supervisor" : "; within agent authority");
    }
    if (event instanceof MoneyActionAuthorizedEvent authorized) {
      return describe(authorized.action())
          + " authorized ("
          + authorized.approvalReference()
          + ")"
          + (authorized.viaProcessor() ? "; requested from the processor" : "");
    }
    if (event instanceof ProcessorRefundConfirmedEvent confirmed) {
      return "processor reference " + confirmed.processorReference();
    }
    if (event instanceof MoneyActionPostedEvent posted) {
      return describe(posted.action()) + " posted as " + posted.ledgerReference();
    }
    if (event instanceof MoneyActionFailedEvent failed) {
      return "ledger refused: " + failed.ledgerRefusalCode();
    }
    if (event instanceof DeadlineMetEvent met) {
      return met.rule() + (met.onTime() ? " met on time" : " met late");
    }
    if (event instanceof CaseEscalatedEvent escalated) {
      return escalated.rule() + " " + escalated.standing() + ", due " + escalated.dueOn();
    }
    return "";
  }

  static String describe(MoneyAction action) {
    if (action instanceof MoneyAction.Refund refund) {
      return "refund of " + refund.amount() + " on payment " + refund.paymentId();
    }
    if (action instanceof MoneyAction.VoidPayment voidPayment) {
      return "void of payment " + voidPayment.paymentId();
    }
    if (action instanceof MoneyAction.CancelBill cancelBill) {
      return "cancellation of the bill for " + cancelBill.coverageMonth();
    }
    MoneyAction.WriteOff writeOff = (MoneyAction.WriteOff) action;
    return "write-off of " + writeOff.amount() + " borne by " + writeOff.bearer();
  }
}
