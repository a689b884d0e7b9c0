package org.premiumledger.cases.detection;

import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.premiumledger.ledger.api.ChargebackOpenedEvent;
import org.premiumledger.ledger.api.PaymentReturnedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens a case when the money comes back disputed: an ACH return with an unauthorized-debit code,
 * or a card chargeback notice (its response date becomes a deadline). The case id derives from the
 * return or chargeback, so a replay opens nothing twice. Returns and chargebacks of payments still
 * in suspense (no billing account) are the suspense queue's, not a case's.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.INTAKE)
class LedgerReactions {

  /** NACHA return codes by which a consumer says a debit was not authorized. */
  static final Set<String> UNAUTHORIZED_DEBIT_CODES = Set.of("R05", "R07", "R10", "R11");

  private static final Actor LEDGER_WATCH = Actor.system("ledger-watch");
  private static final Logger log = LoggerFactory.getLogger(LedgerReactions.class);

  private final CommandGateway commands;

  LedgerReactions(CommandBus commandBus) {
    this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
  }

  @EventHandler
  void on(PaymentReturnedEvent event) {
    String code = event.reasonCode() == null ? "" : event.reasonCode().trim().toUpperCase();
    if (!UNAUTHORIZED_DEBIT_CODES.contains(code) || event.billingAccountId() == null) {
      return;
    }

    log.info("unauthorized ach return paymentId={} reasonCode={}", event.paymentId(), code);
    commands.sendAndWait(
        new OpenCaseCommand(
            CaseId.derivedFrom("ach-return:" + event.paymentId() + "/" + event.returnReference()),
            event.billingAccountId(),
            CaseKind.UNAUTHORIZED_PAYMENT,
            CaseSource.ACH_RETURN,
            List.of(event.paymentId()),
            "The household's bank returned the debit as unauthorized ("
                + code
                + ")"
                + (event.recoveryRequired() ? "; it had been refunded, recover the refund" : ""),
            null,
            LEDGER_WATCH));
  }

  @EventHandler
  void on(ChargebackOpenedEvent event) {
    if (event.billingAccountId() == null) {
      return;
    }

    log.info("chargeback opened paymentId={} reasonCode={}", event.paymentId(), event.reasonCode());
    commands.sendAndWait(
        new OpenCaseCommand(
            CaseId.derivedFrom(
                "chargeback:" + event.paymentId() + "/" + event.chargebackReference()),
            event.billingAccountId(),
            CaseKind.OTHER,
            CaseSource.CARD_CHARGEBACK,
            List.of(event.paymentId()),
            "Card chargeback "
                + event.chargebackReference()
                + " for "
                + event.amount()
                + ", reason "
                + event.reasonCode()
                + (event.recoveryRequired() ? "; it had been refunded, recover the refund" : ""),
            event.respondBy(),
            LEDGER_WATCH));
  }
}
