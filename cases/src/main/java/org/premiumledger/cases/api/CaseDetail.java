package org.premiumledger.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the case screen shows but the timeline. */
public record CaseDetail(
    CaseSummary summary,
    List<CasePayment> payments,
    List<Deadline> deadlines,
    List<Action> actions,
    List<Evidence> evidence) {

  public CaseDetail {
    payments = List.copyOf(payments);
    deadlines = List.copyOf(deadlines);
    actions = List.copyOf(actions);
    evidence = List.copyOf(evidence);
  }

  /** A deadline, whether it was met and whether it was flagged near or past. */
  public record Deadline(
      DeadlineRule rule,
      LocalDate dueOn,
      DeadlineUnit unit,
      int count,
      Instant metAt,
      boolean flaggedNear,
      boolean flaggedPast) {}

  /** A money action of the case and where it stands. */
  public record Action(
      UUID actionId,
      MoneyAction action,
      ActionStatus status,
      boolean approvalRequired,
      String requestedBy,
      Instant requestedAt,
      String decidedBy,
      String decisionReason,
      String approvalReference,
      String ledgerReference,
      String failure) {}

  /** An attached document: what it is, not its bytes. */
  public record Evidence(
      UUID evidenceId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant attachedAt,
      String attachedBy) {}
}
