package org.premiumledger.cases.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseClosedEvent;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseReopenedEvent;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.DetectionDismissedEvent;
import org.premiumledger.cases.api.LinkPaymentCommand;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.dispute.CaseRules;
import org.premiumledger.cases.platform.CaseSettings;
import org.premiumledger.cases.platform.CasesAutoConfiguration;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.PaymentVoidedEvent;
import org.premiumledger.ledger.api.UnappliedPaymentAppliedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds duplicate charges: two distinct payments of one billing account, same amount, received in
 * the same billing cycle or within the configured window. The first pair opens a case; later
 * matches join it while it is active. A redelivered payment is one payment (one event), so it is
 * never its own duplicate. Runs in a tracking processor whose token commits with the pair rows and
 * the commands' events, and every pair has a primary key: a replay or a second node raises nothing
 * twice, and a dismissed pair is never raised again.
 */
@Component
@ProcessingGroup(CasesAutoConfiguration.INTAKE)
class DuplicateChargeDetector {

  static final Actor DETECTOR = Actor.system("duplicate-detector");
  private static final Logger log = LoggerFactory.getLogger(DuplicateChargeDetector.class);

  private final PaymentDirectory directory;
  private final DuplicatePairs pairs;
  private final CaseSettings settings;
  private final CaseRules rules;
  private final CommandGateway commands;

  DuplicateChargeDetector(
      PaymentDirectory directory,
      DuplicatePairs pairs,
      CaseSettings settings,
      CaseRules rules,
      CommandBus commandBus) {
    this.directory = directory;
    this.pairs = pairs;
    this.settings = settings;
    this.rules = rules;
    // Without retries: a retry would run outside this processor's transaction.
    this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
  }

  @EventHandler
  void on(PaymentReceivedEvent event) {
    directory.record(event);
    if (event.billingAccountId() != null) {
      detect(event.paymentId(), event.billingAccountId());
    }
  }

  @EventHandler
  void on(UnappliedPaymentAppliedEvent event) {
    directory.applied(event.paymentId(), event.billingAccountId());
    detect(event.paymentId(), event.billingAccountId());
  }

  @EventHandler
  void on(PaymentVoidedEvent event) {
    directory.voided(event.paymentId());
  }

  @EventHandler
  void on(DetectionDismissedEvent event) {
    pairs.dismissed(event.caseId(), event.at(), event.by().userId(), event.why());
  }

  @EventHandler
  void on(CaseResolvedEvent event) {
    pairs.caseActive(event.caseId(), false);
  }

  @EventHandler
  void on(CaseClosedEvent event) {
    pairs.caseActive(event.caseId(), false);
  }

  @EventHandler
  void on(CaseReopenedEvent event) {
    pairs.caseActive(event.caseId(), true);
  }

  private void detect(PaymentId arrived, BillingAccountId account) {
    List<PaymentId> matches =
        directory.suspectedDuplicatesOf(arrived, settings.getDuplicateWindow());
    if (matches.isEmpty()) {
      return;
    }

    Optional<CaseId> active = pairs.activeCaseOf(matches);
    CaseId caseId = active.orElse(CaseId.derivedFrom("duplicate-charge:" + arrived));
    int newPairs = pairs.record(arrived, matches, account, caseId, rules.now());
    if (newPairs == 0) {
      return;
    }

    log.info(
        "duplicate charge suspected paymentId={} matches={} caseId={}",
        arrived,
        matches.size(),
        caseId);
    if (active.isPresent()) {
      commands.sendAndWait(
          new LinkPaymentCommand(
              caseId, arrived, DETECTOR, "same amount as " + matches.size() + " other payment(s)"));
      return;
    }
    List<PaymentId> linked = new ArrayList<>(matches);
    linked.add(arrived);
    commands.sendAndWait(
        new OpenCaseCommand(
            caseId,
            account,
            CaseKind.DUPLICATE_CHARGE,
            CaseSource.DUPLICATE_DETECTOR,
            linked,
            linked.size()
                + " payments of the same amount within the billing cycle or "
                + settings.getDuplicateWindow().toDays()
                + " days",
            null,
            DETECTOR));
  }
}
