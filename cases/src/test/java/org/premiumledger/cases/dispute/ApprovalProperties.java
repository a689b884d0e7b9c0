package org.premiumledger.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.ApproveActionCommand;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseRefusedException;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.ConfirmProcessorRefundCommand;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.MoneyActionPostedEvent;
import org.premiumledger.cases.api.MoneyActionRejectedEvent;
import org.premiumledger.cases.api.MoneyActionRequestedEvent;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.api.RecordActionPostedCommand;
import org.premiumledger.cases.api.RejectActionCommand;
import org.premiumledger.cases.api.RequestMoneyActionCommand;
import org.premiumledger.cases.api.StaffRole;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.WriteOffBearer;

/**
 * Random interleavings of agents asking, supervisors approving and rejecting (twice, or their own
 * requests), and the ledger poster delivering each authorized action, possibly more than once, run
 * against the real DisputeCase on an in-memory Axon. Whatever the order, no money moves without the
 * approval the threshold asks for, nothing posts twice, and no refund exceeds its payment.
 */
class ApprovalProperties {

  private static final long THRESHOLD_CENTS = 10_000;
  private static final List<Actor> REQUESTERS =
      List.of(CaseFixtures.AGENT, CaseFixtures.OTHER_AGENT, CaseFixtures.SUPERVISOR);
  private static final List<Actor> DECIDERS =
      List.of(CaseFixtures.SUPERVISOR, CaseFixtures.OTHER_SUPERVISOR, CaseFixtures.OTHER_AGENT);
  private static final List<CasePayment> PAYMENTS =
      List.of(CaseFixtures.ACH_1, CaseFixtures.ACH_2, CaseFixtures.CARD_1);

  private static final Configuration AXON = startAxon();

  sealed interface Step permits Ask, Approve, Reject, Deliver {}

  /** {@code target} 0-2 refunds that payment; 3 is a write-off. */
  record Ask(int action, int target, long cents, int requester) implements Step {}

  record Approve(int action, int decider) implements Step {}

  record Reject(int action, int decider) implements Step {}

  /** The ledger poster receives the action's authorization (again, perhaps). */
  record Deliver(int action) implements Step {}

  @Property(tries = 300)
  void moneyMovesOnlyAsApprovedAndOnce(@ForAll("interleavings") List<Step> steps) {
    CaseId caseId = CaseId.random();
    CommandGateway commands = AXON.commandGateway();
    commands.sendAndWait(
        new OpenCaseCommand(
            caseId,
            CaseFixtures.ACCOUNT,
            CaseKind.DUPLICATE_CHARGE,
            CaseSource.AGENT,
            PAYMENTS.stream().map(CasePayment::paymentId).toList(),
            "charged more than once",
            null,
            CaseFixtures.AGENT));
    Map<String, Long> ledger = new HashMap<>();

    for (Step step : steps) {
      try {
        run(caseId, step, commands, ledger);
      } catch (CaseRefusedException refused) {
        // a refusal is a legal outcome of any step; anything else fails the property
      }
    }

    checkInvariants(history(caseId), ledger);
  }

  private void run(CaseId caseId, Step step, CommandGateway commands, Map<String, Long> ledger) {
    if (step instanceof Ask ask) {
      commands.sendAndWait(
          new RequestMoneyActionCommand(
              caseId,
              actionId(caseId, ask.action()),
              action(ask),
              REQUESTERS.get(ask.requester()),
              "asked"));
    } else if (step instanceof Approve approve) {
      commands.sendAndWait(
          new ApproveActionCommand(
              caseId, actionId(caseId, approve.action()), DECIDERS.get(approve.decider()), "ok"));
    } else if (step instanceof Reject reject) {
      commands.sendAndWait(
          new RejectActionCommand(
              caseId, actionId(caseId, reject.action()), DECIDERS.get(reject.decider()), "no"));
    } else if (step instanceof Deliver deliver) {
      deliver(caseId, actionId(caseId, deliver.action()), commands, ledger);
    }
  }

  /** What the ledger poster does with an authorization; the fake ledger keys on the reference. */
  private void deliver(
      CaseId caseId, UUID actionId, CommandGateway commands, Map<String, Long> ledger) {
    MoneyActionAuthorizedEvent authorization =
        history(caseId).stream()
            .filter(MoneyActionAuthorizedEvent.class::isInstance)
            .map(MoneyActionAuthorizedEvent.class::cast)
            .filter(event -> event.actionId().equals(actionId))
            .findFirst()
            .orElse(null);
    if (authorization == null) {
      return;
    }
    if (authorization.viaProcessor()) {
      commands.sendAndWait(
          new ConfirmProcessorRefundCommand(
              caseId, actionId, "RF-" + actionId, null, CaseFixtures.POSTER));
    }
    ledger.putIfAbsent(authorization.ledgerReference(), authorization.action().paidOutCents());
    commands.sendAndWait(
        new RecordActionPostedCommand(
            caseId, actionId, authorization.ledgerReference(), CaseFixtures.POSTER));
  }

  private static void checkInvariants(List<Object> history, Map<String, Long> ledger) {
    Map<UUID, MoneyActionRequestedEvent> requests = new LinkedHashMap<>();
    Set<UUID> refused = new HashSet<>();
    Set<UUID> authorized = new HashSet<>();
    Set<UUID> posted = new HashSet<>();
    long countingTotal = 0;
    long authorizedCents = 0;
    Map<Object, Long> refundedByPayment = new HashMap<>();

    for (Object event : history) {
      if (event instanceof MoneyActionRequestedEvent request) {
        countingTotal += request.action().paidOutCents();
        // the case's total is recomputed here, independently of the aggregate
        assertThat(request.caseTotalPaidOutCents()).isEqualTo(countingTotal);
        boolean needsApproval =
            request.action().paidOutCents() == 0 || countingTotal >= THRESHOLD_CENTS;
        assertThat(request.approvalRequired()).isEqualTo(needsApproval);
        requests.put(request.actionId(), request);
        if (request.action() instanceof MoneyAction.Refund refund) {
          refundedByPayment.merge(refund.paymentId(), refund.amount().cents(), Long::sum);
        }
      } else if (event instanceof MoneyActionRejectedEvent rejection) {
        MoneyActionRequestedEvent request = requests.get(rejection.actionId());
        countingTotal -= request.action().paidOutCents();
        refused.add(rejection.actionId());
        if (request.action() instanceof MoneyAction.Refund refund) {
          refundedByPayment.merge(refund.paymentId(), -refund.amount().cents(), Long::sum);
        }
      } else if (event instanceof MoneyActionAuthorizedEvent authorization) {
        MoneyActionRequestedEvent request = requests.get(authorization.actionId());
        assertThat(authorized.add(authorization.actionId())).as("authorized once").isTrue();
        assertThat(refused).doesNotContain(authorization.actionId());
        if (request.approvalRequired()) {
          assertThat(authorization.by().role()).isEqualTo(StaffRole.SUPERVISOR);
          assertThat(authorization.by().userId()).isNotEqualTo(request.by().userId());
        } else {
          assertThat(authorization.by()).isEqualTo(request.by());
        }
        authorizedCents += request.action().paidOutCents();
      } else if (event instanceof MoneyActionPostedEvent post) {
        assertThat(authorized).contains(post.actionId());
        assertThat(posted.add(post.actionId())).as("posted once").isTrue();
      }
    }

    long movedCents = ledger.values().stream().mapToLong(Long::longValue).sum();
    assertThat(movedCents).isLessThanOrEqualTo(authorizedCents);
    assertThat(ledger).hasSameSizeAs(posted);
    for (CasePayment payment : PAYMENTS) {
      assertThat(refundedByPayment.getOrDefault(payment.paymentId(), 0L))
          .isLessThanOrEqualTo(payment.amount().cents());
    }
  }

  @Provide
  Arbitrary<List<Step>> interleavings() {
    Arbitrary<Integer> action = Arbitraries.integers().between(0, 5);
    Arbitrary<Step> ask =
        Combinators.combine(
                action,
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 35_000),
                Arbitraries.integers().between(0, 2))
            .as(Ask::new);
    Arbitrary<Step> approve =
        Combinators.combine(action, Arbitraries.integers().between(0, 2)).as(Approve::new);
    Arbitrary<Step> reject =
        Combinators.combine(action, Arbitraries.integers().between(0, 2)).as(Reject::new);
    Arbitrary<Step> deliver = action.map(Deliver::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, ask),
            net.jqwik.api.Tuple.of(4, approve),
            net.jqwik.api.Tuple.of(1, reject),
            net.jqwik.api.Tuple.of(4, deliver))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @AfterContainer
  static void stopAxon() {
    AXON.shutdown();
  }

  private static MoneyAction action(Ask ask) {
    if (ask.target() == 3) {
      return new MoneyAction.WriteOff(Money.usd(ask.cents()), WriteOffBearer.EXCHANGE);
    }
    return new MoneyAction.Refund(PAYMENTS.get(ask.target()).paymentId(), Money.usd(ask.cents()));
  }

  private static UUID actionId(CaseId caseId, int action) {
    return UUID.nameUUIDFromBytes((caseId.value() + "#" + action).getBytes());
  }

  private static List<Object> history(CaseId caseId) {
    List<Object> events = new ArrayList<>();
    AXON.eventStore()
        .readEvents(caseId.value())
        .asStream()
        .map(EventMessage::getPayload)
        .forEach(events::add);
    return events;
  }

  private static Configuration startAxon() {
    Configuration configuration =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
            .configureAggregate(DisputeCase.class)
            .registerComponent(CaseRules.class, config -> CaseFixtures.rules())
            .registerComponent(PaymentLookup.class, config -> CaseFixtures.lookup())
            .registerComponent(EvidenceStore.class, config -> new CaseFixtures.MemoryEvidence())
            .buildConfiguration();
    configuration.start();
    return configuration;
  }
}
