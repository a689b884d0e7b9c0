package org.premiumledger.cases.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.cases.api.ActionStatus;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.AddCaseNoteCommand;
import org.premiumledger.cases.api.ApproveActionCommand;
import org.premiumledger.cases.api.AssignCaseCommand;
import org.premiumledger.cases.api.AttachEvidenceCommand;
import org.premiumledger.cases.api.AwaitEnrolleeCommand;
import org.premiumledger.cases.api.AwaitProcessorCommand;
import org.premiumledger.cases.api.CaseAssignedEvent;
import org.premiumledger.cases.api.CaseClosedEvent;
import org.premiumledger.cases.api.CaseDeadline;
import org.premiumledger.cases.api.CaseEscalatedEvent;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseNoteAddedEvent;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseRefusal;
import org.premiumledger.cases.api.CaseRefusedException;
import org.premiumledger.cases.api.CaseReopenedEvent;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseStatusChangedEvent;
import org.premiumledger.cases.api.CloseCaseCommand;
import org.premiumledger.cases.api.ConfirmProcessorRefundCommand;
import org.premiumledger.cases.api.ContactDirection;
import org.premiumledger.cases.api.ContactLoggedEvent;
import org.premiumledger.cases.api.DeadlineMetEvent;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.DetectionDismissedEvent;
import org.premiumledger.cases.api.DismissDetectionCommand;
import org.premiumledger.cases.api.EvidenceAttachedEvent;
import org.premiumledger.cases.api.FlagDeadlineCommand;
import org.premiumledger.cases.api.LinkPaymentCommand;
import org.premiumledger.cases.api.LogContactCommand;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.MoneyActionFailedEvent;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.api.MoneyActionRejectedEvent;
import org.premiumledger.cases.api.MoneyActionRequestedEvent;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.api.PaymentLinkedEvent;
import org.premiumledger.cases.api.ProcessorRefundConfirmedEvent;
import org.premiumledger.cases.api.RecordActionFailedCommand;
import org.premiumledger.cases.api.RecordActionPostedCommand;
import org.premiumledger.cases.api.RejectActionCommand;
import org.premiumledger.cases.api.ReopenCaseCommand;
import org.premiumledger.cases.api.RequestMoneyActionCommand;
import org.premiumledger.cases.api.ResolveCaseCommand;
import org.premiumledger.cases.api.StaffRole;
import org.premiumledger.cases.api.StartInvestigationCommand;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;

/**
 * A dispute case: payments of one billing account followed from opening to resolution. It is the
 * only writer of its history; every event says who, when and why. Money leaves a case only as an
 * action the ledger posts, authorized once: by the requester below the approval threshold, else by
 * a supervisor other than the requester. The event store's unique (case, sequence) constraint makes
 * two approvals at the same moment record one.
 */
@Aggregate
class DisputeCase {

  private static final Set<ActionStatus> PENDING =
      EnumSet.of(
          ActionStatus.AWAITING_APPROVAL,
          ActionStatus.AUTHORIZED,
          ActionStatus.REQUESTED_FROM_PROCESSOR);

  @AggregateIdentifier private String caseId;
  private CaseId id;
  private BillingAccountId billingAccountId;
  private CaseKind kind;
  private CaseSource source;
  private CaseStatus status;
  private CaseResolution resolution;
  private String assigneeUserId;
  private final Map<PaymentId, CasePayment> payments = new LinkedHashMap<>();
  private final Map<DeadlineRule, CaseDeadline> deadlines = new EnumMap<>(DeadlineRule.class);
  private final Set<DeadlineRule> metDeadlines = EnumSet.noneOf(DeadlineRule.class);
  private final Set<String> escalations = new HashSet<>();
  private final Map<UUID, ActionState> actions = new LinkedHashMap<>();
  private final Map<UUID, String> evidenceSha256 = new HashMap<>();

  protected DisputeCase() {}

  // ---- opening and payments

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(OpenCaseCommand command, CaseRules rules, PaymentLookup lookup) {
    if (id != null) {
      requireSameOpening(command);
      return;
    }
    requireMayOpen(command.by(), command.source());
    requireText(command.summary(), "summary");

    Map<PaymentId, CasePayment> found = new LinkedHashMap<>();
    for (PaymentId paymentId : new LinkedHashSet<>(command.paymentIds())) {
      found.put(paymentId, lookUp(lookup, paymentId, command.billingAccountId()));
    }
    if (command.kind() == CaseKind.DUPLICATE_CHARGE && found.size() < 2) {
      throw new CaseRefusedException(
          CaseRefusal.DUPLICATE_NEEDS_TWO_PAYMENTS, found.size() + " given");
    }

    Instant now = rules.now();
    List<CasePayment> linked = List.copyOf(found.values());
    apply(
        new CaseOpenedEvent(
            command.caseId(),
            command.billingAccountId(),
            command.kind(),
            command.source(),
            linked,
            rules.deadlinesFor(
                command.kind(), linked, rules.businessDate(now), command.chargebackRespondBy()),
            now,
            command.by(),
            command.summary()));
  }

  @CommandHandler
  void handle(LinkPaymentCommand command, CaseRules rules, PaymentLookup lookup) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.SYSTEM);
    requireActive();
    if (payments.containsKey(command.paymentId())) {
      return;
    }
    requireText(command.why(), "why");

    CasePayment payment = lookUp(lookup, command.paymentId(), billingAccountId);
    apply(new PaymentLinkedEvent(id, payment, rules.now(), command.by(), command.why()));
  }

  // ---- working the case

  @CommandHandler
  void handle(AssignCaseCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    boolean agentAssigningSomeoneElse =
        command.by().role() == StaffRole.AGENT
            && !command.by().userId().equals(command.assigneeUserId());
    if (agentAssigningSomeoneElse) {
      throw new CaseRefusedException(
          CaseRefusal.NOT_PERMITTED_FOR_ROLE, "an agent takes a case; a supervisor reassigns");
    }
    requireActive();
    requireText(command.assigneeUserId(), "assignee");
    requireAtMost(command.assigneeUserId(), 128, "assignee");
    if (command.assigneeUserId().equals(assigneeUserId)) {
      return;
    }

    apply(
        new CaseAssignedEvent(
            id, command.assigneeUserId(), rules.now(), command.by(), reasonOr(command.why())));
  }

  @CommandHandler
  void handle(StartInvestigationCommand command, CaseRules rules) {
    moveTo(
        CaseStatus.INVESTIGATING,
        EnumSet.of(
            CaseStatus.OPEN, CaseStatus.WAITING_ON_ENROLLEE, CaseStatus.WAITING_ON_PROCESSOR),
        command.by(),
        reasonOr(command.why()),
        rules);
  }

  @CommandHandler
  void handle(AwaitEnrolleeCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireActive();
    requireText(command.informationNeeded(), "information needed");
    moveTo(
        CaseStatus.WAITING_ON_ENROLLEE,
        EnumSet.of(CaseStatus.OPEN, CaseStatus.INVESTIGATING, CaseStatus.WAITING_ON_PROCESSOR),
        command.by(),
        command.informationNeeded(),
        rules);
  }

  @CommandHandler
  void handle(AwaitProcessorCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireActive();
    requireText(command.why(), "why");
    moveTo(
        CaseStatus.WAITING_ON_PROCESSOR,
        EnumSet.of(CaseStatus.OPEN, CaseStatus.INVESTIGATING, CaseStatus.WAITING_ON_ENROLLEE),
        command.by(),
        command.why(),
        rules);
  }

  @CommandHandler
  void handle(AddCaseNoteCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireText(command.text(), "note");

    apply(new CaseNoteAddedEvent(id, rules.now(), command.by(), command.text()));
  }

  @CommandHandler
  void handle(LogContactCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireText(command.summary(), "summary");
    Objects.requireNonNull(command.channel(), "channel");
    Objects.requireNonNull(command.direction(), "direction");

    Instant now = rules.now();
    apply(
        new ContactLoggedEvent(
            id, command.channel(), command.direction(), now, command.by(), command.summary()));
    if (command.direction() == ContactDirection.OUTBOUND) {
      meet(DeadlineRule.ACKNOWLEDGE, now, command.by(), "the household was contacted", rules);
    }
  }

  @CommandHandler
  void handle(AttachEvidenceCommand command, CaseRules rules, EvidenceStore store) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.ENROLLEE);
    requireText(command.fileName(), "file name");
    String fileName = baseName(command.fileName());
    requireAtMost(fileName, 255, "file name");
    String contentType = rules.requireAcceptableEvidence(command.contentType(), command.content());
    String sha256 = sha256(command.content());
    String earlier = evidenceSha256.get(command.evidenceId());
    if (earlier != null) {
      if (earlier.equals(sha256)) {
        return;
      }
      throw new CaseRefusedException(
          CaseRefusal.EVIDENCE_ID_REUSED, command.evidenceId().toString());
    }

    Instant now = rules.now();
    store.store(
        id,
        command.evidenceId(),
        fileName,
        contentType,
        sha256,
        command.content(),
        now,
        command.by().userId());
    apply(
        new EvidenceAttachedEvent(
            id,
            command.evidenceId(),
            fileName,
            contentType,
            command.content().length,
            sha256,
            now,
            command.by(),
            reasonOr(command.why())));
  }

  // ---- resolution

  @CommandHandler
  void handle(ResolveCaseCommand command, CaseRules rules) {
    boolean enrolleeWithdrawing =
        command.by().role() == StaffRole.ENROLLEE
            && command.resolution() == CaseResolution.WITHDRAWN;
    if (!enrolleeWithdrawing) {
      requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    }
    requireActive();
    requireText(command.why(), "why");
    requireNothingPending();
    requirePostedActionFor(command.resolution());

    resolve(command.resolution(), command.by(), command.why(), rules);
  }

  @CommandHandler
  void handle(DismissDetectionCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    if (source != CaseSource.DUPLICATE_DETECTOR) {
      throw new CaseRefusedException(CaseRefusal.NOT_A_DETECTION, source.name());
    }
    requireActive();
    requireText(command.reason(), "reason");
    requireNothingPending();

    apply(
        new DetectionDismissedEvent(
            id, List.copyOf(payments.keySet()), rules.now(), command.by(), command.reason()));
    resolve(CaseResolution.DENIED, command.by(), command.reason(), rules);
  }

  @CommandHandler
  void handle(CloseCaseCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    if (status != CaseStatus.RESOLVED) {
      throw new CaseRefusedException(
          CaseRefusal.TRANSITION_NOT_ALLOWED, status + " -> " + CaseStatus.CLOSED);
    }

    apply(new CaseClosedEvent(id, rules.now(), command.by(), reasonOr(command.why())));
  }

  @CommandHandler
  void handle(ReopenCaseCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    if (status.isActive()) {
      throw new CaseRefusedException(
          CaseRefusal.TRANSITION_NOT_ALLOWED, status + " cannot be reopened");
    }
    requireText(command.why(), "why");

    Instant now = rules.now();
    apply(
        new CaseReopenedEvent(
            id, rules.resolveDeadline(rules.businessDate(now)), now, command.by(), command.why()));
  }

  // ---- money

  @CommandHandler
  void handle(RequestMoneyActionCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireActive();
    ActionState earlier = actions.get(command.actionId());
    if (earlier != null) {
      if (earlier.action.equals(command.action())) {
        return;
      }
      throw new CaseRefusedException(CaseRefusal.ACTION_ID_REUSED, command.actionId().toString());
    }
    requireText(command.why(), "why");
    requireValid(command.action());

    long total = Math.addExact(paidOutCents(), command.action().paidOutCents());
    boolean approvalRequired =
        command.action().alwaysNeedsApproval() || total >= rules.approvalThresholdCents();
    Instant now = rules.now();
    apply(
        new MoneyActionRequestedEvent(
            id,
            command.actionId(),
            command.action(),
            total,
            approvalRequired,
            now,
            command.by(),
            command.why()));
    if (!approvalRequired) {
      authorize(
          command.actionId(),
          command.by(),
          "below the approval threshold of " + rules.approvalThresholdCents() + " cents",
          now);
    }
  }

  @CommandHandler
  void handle(ApproveActionCommand command, CaseRules rules) {
    ActionState action = decidable(command.actionId(), command.by());
    if (action.requestedBy.userId().equals(command.by().userId())) {
      throw new CaseRefusedException(CaseRefusal.APPROVER_IS_REQUESTER, command.by().userId());
    }

    authorize(command.actionId(), command.by(), reasonOr(command.why()), rules.now());
  }

  @CommandHandler
  void handle(RejectActionCommand command, CaseRules rules) {
    decidable(command.actionId(), command.by());
    requireText(command.reason(), "reason");

    apply(
        new MoneyActionRejectedEvent(
            id, command.actionId(), rules.now(), command.by(), command.reason()));
  }

  @CommandHandler
  void handle(ConfirmProcessorRefundCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.SYSTEM);
    ActionState action = known(command.actionId());
    if (action.processorConfirmed) {
      return;
    }
    if (action.status != ActionStatus.REQUESTED_FROM_PROCESSOR) {
      throw new CaseRefusedException(
          CaseRefusal.NOT_REQUESTED_FROM_PROCESSOR, action.status.name());
    }
    requireText(command.processorReference(), "processor reference");
    requireAtMost(command.processorReference(), 128, "processor reference");

    apply(
        new ProcessorRefundConfirmedEvent(
            id,
            command.actionId(),
            (MoneyAction.Refund) action.action,
            billingAccountId,
            action.approvalReference,
            command.processorReference(),
            command.refundedOn(),
            rules.now(),
            command.by(),
            "the processor reported the refund " + command.processorReference()));
  }

  @CommandHandler
  void handle(RecordActionPostedCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.SYSTEM);
    ActionState action = known(command.actionId());
    if (action.hasLedgerOutcome()) {
      return;
    }
    requireAwaitingLedger(action);

    apply(
        new MoneyActionPostedEvent(
            id,
            command.actionId(),
            action.action,
            action.rail,
            command.ledgerReference(),
            rules.now(),
            command.by(),
            "the ledger posted " + command.ledgerReference()));
  }

  @CommandHandler
  void handle(RecordActionFailedCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.SYSTEM);
    ActionState action = known(command.actionId());
    if (action.hasLedgerOutcome()) {
      return;
    }
    requireAwaitingLedger(action);

    apply(
        new MoneyActionFailedEvent(
            id,
            command.actionId(),
            command.ledgerRefusalCode(),
            rules.now(),
            command.by(),
            command.message()));
  }

  // ---- deadlines

  /** Returns the standing escalated now, or null when nothing was due or it was escalated. */
  @CommandHandler
  DeadlineStanding handle(FlagDeadlineCommand command, CaseRules rules) {
    requireRole(command.by(), StaffRole.SYSTEM, StaffRole.SUPERVISOR);
    CaseDeadline deadline = deadlines.get(command.rule());
    if (deadline == null || metDeadlines.contains(command.rule()) || !status.isActive()) {
      return null;
    }
    DeadlineStanding standing = rules.standing(deadline.dueOn(), command.today()).orElse(null);
    if (standing == null || escalations.contains(escalationKey(command.rule(), standing))) {
      return null;
    }

    apply(
        new CaseEscalatedEvent(
            id,
            command.rule(),
            deadline.dueOn(),
            standing,
            rules.now(),
            command.by(),
            command.rule()
                + (standing == DeadlineStanding.PAST ? " was due on " : " is due on ")
                + deadline.dueOn()));
    return standing;
  }

  // ---- event sourcing

  @EventSourcingHandler
  void on(CaseOpenedEvent event) {
    caseId = event.caseId().value();
    id = event.caseId();
    billingAccountId = event.billingAccountId();
    kind = event.kind();
    source = event.source();
    status = CaseStatus.OPEN;
    event.payments().forEach(payment -> payments.put(payment.paymentId(), payment));
    event.deadlines().forEach(deadline -> deadlines.put(deadline.rule(), deadline));
  }

  @EventSourcingHandler
  void on(PaymentLinkedEvent event) {
    payments.put(event.payment().paymentId(), event.payment());
  }

  @EventSourcingHandler
  void on(CaseAssignedEvent event) {
    assigneeUserId = event.assigneeUserId();
  }

  @EventSourcingHandler
  void on(CaseStatusChangedEvent event) {
    status = event.to();
  }

  @EventSourcingHandler
  void on(DeadlineMetEvent event) {
    metDeadlines.add(event.rule());
  }

  @EventSourcingHandler
  void on(CaseEscalatedEvent event) {
    escalations.add(escalationKey(event.rule(), event.standing()));
  }

  @EventSourcingHandler
  void on(EvidenceAttachedEvent event) {
    evidenceSha256.put(event.evidenceId(), event.sha256());
  }

  @EventSourcingHandler
  void on(CaseResolvedEvent event) {
    status = CaseStatus.RESOLVED;
    resolution = event.resolution();
  }

  @EventSourcingHandler
  void on(CaseClosedEvent event) {
    status = CaseStatus.CLOSED;
  }

  @EventSourcingHandler
  void on(CaseReopenedEvent event) {
    status = CaseStatus.INVESTIGATING;
    resolution = null;
    deadlines.put(DeadlineRule.RESOLVE, event.resolveDeadline());
    metDeadlines.remove(DeadlineRule.RESOLVE);
    escalations.removeIf(key -> key.startsWith(DeadlineRule.RESOLVE.name() + "/"));
  }

  @EventSourcingHandler
  void on(MoneyActionRequestedEvent event) {
    actions.put(
        event.actionId(), new ActionState(event.action(), event.by(), railOf(event.action())));
  }

  @EventSourcingHandler
  void on(MoneyActionAuthorizedEvent event) {
    ActionState action = actions.get(event.actionId());
    action.approvalReference = event.approvalReference();
    action.status =
        event.viaProcessor() ? ActionStatus.REQUESTED_FROM_PROCESSOR : ActionStatus.AUTHORIZED;
  }

  @EventSourcingHandler
  void on(MoneyActionRejectedEvent event) {
    actions.get(event.actionId()).status = ActionStatus.REJECTED;
  }

  @EventSourcingHandler
  void on(ProcessorRefundConfirmedEvent event) {
    ActionState action = actions.get(event.actionId());
    action.processorConfirmed = true;
    action.status = ActionStatus.AUTHORIZED;
  }

  @EventSourcingHandler
  void on(MoneyActionPostedEvent event) {
    actions.get(event.actionId()).status = ActionStatus.POSTED;
  }

  @EventSourcingHandler
  void on(MoneyActionFailedEvent event) {
    actions.get(event.actionId()).status = ActionStatus.FAILED;
  }

  // ---- steps shared by several commands

  private void moveTo(
      CaseStatus target, Set<CaseStatus> from, Actor by, String why, CaseRules rules) {
    requireRole(by, StaffRole.AGENT, StaffRole.SUPERVISOR);
    requireActive();
    if (!from.contains(status)) {
      throw new CaseRefusedException(CaseRefusal.TRANSITION_NOT_ALLOWED, status + " -> " + target);
    }

    Instant now = rules.now();
    apply(new CaseStatusChangedEvent(id, status, target, now, by, why));
    meet(DeadlineRule.ACKNOWLEDGE, now, by, "the case was taken up", rules);
  }

  private void resolve(CaseResolution how, Actor by, String why, CaseRules rules) {
    Instant now = rules.now();
    for (CaseDeadline deadline : List.copyOf(deadlines.values())) {
      meet(deadline.rule(), now, by, "the case was resolved", rules);
    }
    apply(new CaseResolvedEvent(id, how, now, by, why));
  }

  private void meet(DeadlineRule rule, Instant now, Actor by, String why, CaseRules rules) {
    CaseDeadline deadline = deadlines.get(rule);
    if (deadline == null || metDeadlines.contains(rule)) {
      return;
    }
    boolean onTime = !rules.businessDate(now).isAfter(deadline.dueOn());
    apply(new DeadlineMetEvent(id, rule, onTime, now, by, why));
  }

  private void authorize(UUID actionId, Actor by, String why, Instant now) {
    ActionState action = actions.get(actionId);
    boolean viaProcessor =
        action.action instanceof MoneyAction.Refund
            && action.rail != null
            && action.rail.canBeChargedBack();
    String approvalReference =
        "case-approval-"
            + UUID.nameUUIDFromBytes((caseId + "/" + actionId).getBytes(StandardCharsets.UTF_8));
    apply(
        new MoneyActionAuthorizedEvent(
            id,
            actionId,
            action.action,
            billingAccountId,
            action.rail,
            viaProcessor,
            approvalReference,
            action.requestedBy,
            now,
            by,
            why));
  }

  private ActionState decidable(UUID actionId, Actor by) {
    if (by.role() != StaffRole.SUPERVISOR) {
      throw new CaseRefusedException(CaseRefusal.APPROVER_NOT_SUPERVISOR, by.role().name());
    }
    ActionState action = known(actionId);
    if (action.status != ActionStatus.AWAITING_APPROVAL) {
      throw new CaseRefusedException(
          CaseRefusal.ACTION_NOT_AWAITING_APPROVAL, action.status.name());
    }
    return action;
  }

  private ActionState known(UUID actionId) {
    ActionState action = actions.get(actionId);
    if (action == null) {
      throw new CaseRefusedException(CaseRefusal.UNKNOWN_ACTION, String.valueOf(actionId));
    }
    return action;
  }

  /** Only the cases module's own ledger handler reports outcomes, and only of sent actions. */
  private static void requireAwaitingLedger(ActionState action) {
    if (action.status != ActionStatus.AUTHORIZED) {
      throw new IllegalStateException(
          "a ledger outcome arrived for an action that is " + action.status);
    }
  }

  private long paidOutCents() {
    return actions.values().stream()
        .filter(action -> action.status.counts())
        .mapToLong(action -> action.action.paidOutCents())
        .sum();
  }

  private void requireValid(MoneyAction action) {
    if (action instanceof MoneyAction.Refund refund) {
      requireRefundable(refund);
    } else if (action instanceof MoneyAction.VoidPayment voidPayment) {
      requireOnCase(voidPayment.paymentId());
    } else if (action instanceof MoneyAction.CancelBill cancelBill) {
      Objects.requireNonNull(cancelBill.coverageMonth(), "coverage month");
    } else if (action instanceof MoneyAction.WriteOff writeOff) {
      requirePositive(writeOff.amount().cents());
    }
  }

  private void requireRefundable(MoneyAction.Refund refund) {
    CasePayment payment = requireOnCase(refund.paymentId());
    requirePositive(refund.amount().cents());
    if (!refund.amount().currency().equals(payment.amount().currency())) {
      throw new CaseRefusedException(
          CaseRefusal.CURRENCY_MISMATCH, "the payment is in " + payment.amount().currency());
    }
    long alreadyAsked =
        actions.values().stream()
            .filter(action -> action.status.counts())
            .filter(
                action ->
                    action.action instanceof MoneyAction.Refund other
                        && other.paymentId().equals(refund.paymentId()))
            .mapToLong(action -> action.action.paidOutCents())
            .sum();
    long remaining = payment.amount().cents() - alreadyAsked;
    if (refund.amount().cents() > remaining) {
      throw new CaseRefusedException(
          CaseRefusal.REFUND_EXCEEDS_PAYMENT, remaining + " cents remain refundable on this case");
    }
  }

  private CasePayment requireOnCase(PaymentId paymentId) {
    CasePayment payment = payments.get(paymentId);
    if (payment == null) {
      throw new CaseRefusedException(CaseRefusal.PAYMENT_NOT_ON_CASE, String.valueOf(paymentId));
    }
    return payment;
  }

  private void requireNothingPending() {
    long pending = actions.values().stream().filter(a -> PENDING.contains(a.status)).count();
    if (pending > 0) {
      throw new CaseRefusedException(CaseRefusal.ACTIONS_PENDING, pending + " pending");
    }
  }

  private void requirePostedActionFor(CaseResolution how) {
    boolean satisfied =
        switch (how) {
          case REFUNDED -> anyPosted(MoneyAction.Refund.class);
          case REVERSED -> anyPosted(MoneyAction.VoidPayment.class);
          case CORRECTED ->
              anyPosted(MoneyAction.VoidPayment.class)
                  || anyPosted(MoneyAction.CancelBill.class)
                  || anyPosted(MoneyAction.WriteOff.class);
          case DENIED, WITHDRAWN -> true;
        };
    if (!satisfied) {
      throw new CaseRefusedException(CaseRefusal.RESOLUTION_WITHOUT_POSTED_ACTION, how.name());
    }
  }

  private boolean anyPosted(Class<? extends MoneyAction> type) {
    return actions.values().stream()
        .anyMatch(action -> action.status == ActionStatus.POSTED && type.isInstance(action.action));
  }

  private void requireActive() {
    if (!status.isActive()) {
      throw new CaseRefusedException(CaseRefusal.CASE_NOT_ACTIVE, status.name());
    }
  }

  private CasePayment lookUp(PaymentLookup lookup, PaymentId paymentId, BillingAccountId account) {
    PaymentLookup.KnownPayment known =
        lookup
            .find(paymentId)
            .orElseThrow(
                () -> new CaseRefusedException(CaseRefusal.UNKNOWN_PAYMENT, paymentId.value()));
    if (!Objects.equals(known.billingAccountId(), account)) {
      throw new CaseRefusedException(
          CaseRefusal.PAYMENT_OF_ANOTHER_ACCOUNT, "payment " + paymentId);
    }
    return known.payment();
  }

  private void requireSameOpening(OpenCaseCommand command) {
    boolean same =
        command.billingAccountId().equals(billingAccountId)
            && command.kind() == kind
            && command.source() == source;
    if (!same) {
      throw new CaseRefusedException(CaseRefusal.CASE_ALREADY_EXISTS, caseId);
    }
  }

  /** The system opens cases for the detector and the ledger's reactions; people for themselves. */
  private static void requireMayOpen(Actor by, CaseSource source) {
    Set<StaffRole> allowed =
        switch (source) {
          case AGENT -> EnumSet.of(StaffRole.AGENT, StaffRole.SUPERVISOR);
          case ENROLLEE -> EnumSet.of(StaffRole.ENROLLEE);
          case DUPLICATE_DETECTOR, ACH_RETURN, CARD_CHARGEBACK -> EnumSet.of(StaffRole.SYSTEM);
        };
    if (!allowed.contains(by.role())) {
      throw new CaseRefusedException(
          CaseRefusal.NOT_PERMITTED_FOR_ROLE, by.role() + " cannot open a " + source + " case");
    }
  }

  private static void requireRole(Actor by, StaffRole... roles) {
    for (StaffRole role : roles) {
      if (by.role() == role) {
        return;
      }
    }
    throw new CaseRefusedException(CaseRefusal.NOT_PERMITTED_FOR_ROLE, by.role().name());
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new CaseRefusedException(CaseRefusal.TEXT_REQUIRED, what);
    }
  }

  private static void requireAtMost(String text, int characters, String what) {
    if (text.length() > characters) {
      throw new CaseRefusedException(
          CaseRefusal.TEXT_TOO_LONG, what + " of " + text.length() + " characters");
    }
  }

  /** A browser may send a whole path; only the file's own name is kept. */
  private static String baseName(String fileName) {
    String name = fileName.strip();
    int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(lastSeparator + 1);
  }

  private static void requirePositive(long cents) {
    if (cents <= 0) {
      throw new CaseRefusedException(CaseRefusal.AMOUNT_NOT_POSITIVE, cents + " cents");
    }
  }

  private static String reasonOr(String why) {
    return why == null || why.isBlank() ? "" : why.strip();
  }

  private Rail railOf(MoneyAction action) {
    PaymentId paymentId = null;
    if (action instanceof MoneyAction.Refund refund) {
      paymentId = refund.paymentId();
    } else if (action instanceof MoneyAction.VoidPayment voidPayment) {
      paymentId = voidPayment.paymentId();
    }
    return paymentId == null ? null : payments.get(paymentId).rail();
  }

  private static String escalationKey(DeadlineRule rule, DeadlineStanding standing) {
    return rule.name() + "/" + standing.name();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A money action and where it stands. */
  private static final class ActionState {
    private final MoneyAction action;
    private final Actor requestedBy;
    private final Rail rail;
    private ActionStatus status = ActionStatus.AWAITING_APPROVAL;
    private String approvalReference;
    private boolean processorConfirmed;

    private ActionState(MoneyAction action, Actor requestedBy, Rail rail) {
      this.action = action;
      this.requestedBy = requestedBy;
      this.rail = rail;
    }

    /**
     * The first outcome the ledger gave stands: a replayed poster may hear "already corrected"
     * about a void it posted itself.
     */
    private boolean hasLedgerOutcome() {
      return status == ActionStatus.POSTED || status == ActionStatus.FAILED;
    }

    /** Value equality, so that Axon's fixture can compare state rebuilt from events. */
    @Override
    public boolean equals(Object other) {
      return other instanceof ActionState that
          && action.equals(that.action)
          && requestedBy.equals(that.requestedBy)
          && Objects.equals(rail, that.rail)
          && status == that.status
          && Objects.equals(approvalReference, that.approvalReference)
          && processorConfirmed == that.processorConfirmed;
    }

    @Override
    public int hashCode() {
      return Objects.hash(action, requestedBy, rail, status, approvalReference);
    }
  }
}
