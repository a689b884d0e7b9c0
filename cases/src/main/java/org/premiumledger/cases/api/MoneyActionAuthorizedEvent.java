package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.UUID;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Rail;

/**
 * A money action may go to the ledger: approved by a supervisor, or asked for below the threshold.
 * Emitted once per action. {@code rail} is the refunded or voided payment's; a card, wallet or
 * third-party refund ({@code viaProcessor}) is first asked of the processor and posted when its
 * report confirms it.
 */
public record MoneyActionAuthorizedEvent(
    CaseId caseId,
    UUID actionId,
    MoneyAction action,
    BillingAccountId billingAccountId,
    Rail rail,
    boolean viaProcessor,
    String approvalReference,
    Actor requestedBy,
    Instant at,
    Actor by,
    String why)
    implements CaseEvent {

  /** The refund or write-off reference the ledger keys on: the same action posts once. */
  public String ledgerReference() {
    return "case-action-" + actionId;
  }
}
