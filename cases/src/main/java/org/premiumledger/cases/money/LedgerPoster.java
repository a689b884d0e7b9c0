package org.premiumledger.cases.money;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.ProcessorRefundConfirmedEvent;
import org.premiumledger.cases.api.RecordActionFailedCommand;
import org.premiumledger.cases.api.RecordActionPostedCommand;
import org.premiumledger.cases.dispute.CaseRules;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.CancelBillCommand;
import org.premiumledger.ledger.api.IssueRefundCommand;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.VoidPaymentCommand;
import org.premiumledger.ledger.api.WriteOffPremiumCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends each authorized money action to the ledger, the only place money moves. The refund and
 * write-off references derive from the action id, and the ledger records a reference once, so a
 * redelivered event posts nothing twice; the processor's token, the ledger's events and the case's
 * outcome commit in one transaction. ACH refunds leave through the ACH origination file that the
 * intake builds from the ledger's RefundIssuedEvent; card, wallet and third-party refunds are first
 * written to the processor request outbox and posted when the processor's report confirms them.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.MONEY)
class LedgerPoster {

  static final Actor POSTER = Actor.system("ledger-poster");
  private static final Logger log = LoggerFactory.getLogger(LedgerPoster.class);

  private final CommandGateway commands;
  private final CaseRules rules;
  private final JdbcTemplate jdbc;

  LedgerPoster(CommandBus commandBus, CaseRules rules, JdbcTemplate jdbc) {
    // Without retries: a retry would run outside this processor's transaction.
    this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    this.rules = rules;
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(MoneyActionAuthorizedEvent event) {
    if (event.viaProcessor()) {
      requestFromProcessor(event);
      return;
    }
    post(
        event.caseId(),
        event.actionId(),
        event.action(),
        event.billingAccountId(),
        event.approvalReference(),
        event.ledgerReference(),
        rules.today());
  }

  @EventHandler
  void on(ProcessorRefundConfirmedEvent event) {
    jdbc.update(
        """
        update case_processor_refund_request
           set confirmed_at = ?, processor_reference = ?
         where action_id = ?
        """,
        Timestamp.from(event.at()),
        event.processorReference(),
        event.actionId());
    LocalDate refundedOn = event.refundedOn() == null ? rules.today() : event.refundedOn();
    post(
        event.caseId(),
        event.actionId(),
        event.refund(),
        event.billingAccountId(),
        event.approvalReference(),
        event.ledgerReference(),
        refundedOn);
  }

  private void requestFromProcessor(MoneyActionAuthorizedEvent event) {
    MoneyAction.Refund refund = (MoneyAction.Refund) event.action();
    jdbc.update(
        """
        insert into case_processor_refund_request
               (action_id, case_id, payment_id, rail, amount_cents, currency, refund_reference,
                requested_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (action_id) do nothing
        """,
        event.actionId(),
        UUID.fromString(event.caseId().value()),
        UUID.fromString(refund.paymentId().value()),
        event.rail().code(),
        refund.amount().cents(),
        refund.amount().currency().getCurrencyCode(),
        event.ledgerReference(),
        Timestamp.from(event.at()));
    log.info(
        "refund requested from processor caseId={} actionId={} amountCents={}",
        event.caseId(),
        event.actionId(),
        refund.amount().cents());
  }

  private void post(
      CaseId caseId,
      UUID actionId,
      MoneyAction action,
      BillingAccountId account,
      String approvalReference,
      String ledgerReference,
      LocalDate on) {
    String reason = "dispute case " + caseId.caseNumber();
    try {
      commands.sendAndWait(
          ledgerCommand(action, account, approvalReference, ledgerReference, reason, on));
    } catch (LedgerRefusedException refused) {
      log.warn(
          "ledger refused case action caseId={} actionId={} refusal={}",
          caseId,
          actionId,
          refused.refusal().code());
      commands.sendAndWait(
          new RecordActionFailedCommand(
              caseId, actionId, refused.refusal().code(), refused.getMessage(), POSTER));
      return;
    }
    commands.sendAndWait(new RecordActionPostedCommand(caseId, actionId, ledgerReference, POSTER));
  }

  private static Object ledgerCommand(
      MoneyAction action,
      BillingAccountId account,
      String approvalReference,
      String ledgerReference,
      String reason,
      LocalDate on) {
    if (action instanceof MoneyAction.Refund refund) {
      return new IssueRefundCommand(
          refund.paymentId(), ledgerReference, refund.amount(), approvalReference, on);
    }
    if (action instanceof MoneyAction.VoidPayment voidPayment) {
      return new VoidPaymentCommand(voidPayment.paymentId(), reason, on);
    }
    if (action instanceof MoneyAction.CancelBill cancelBill) {
      return new CancelBillCommand(account, cancelBill.coverageMonth(), reason, on);
    }
    MoneyAction.WriteOff writeOff = (MoneyAction.WriteOff) action;
    return new WriteOffPremiumCommand(
        account,
        ledgerReference,
        writeOff.amount().cents(),
        writeOff.bearer(),
        approvalReference,
        reason,
        on);
  }
}
