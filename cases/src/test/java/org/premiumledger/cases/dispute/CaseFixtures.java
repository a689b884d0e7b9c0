package org.premiumledger.cases.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.CaseDeadline;
import org.premiumledger.cases.api.CaseId;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineUnit;
import org.premiumledger.cases.api.EvidenceContent;
import org.premiumledger.cases.api.MoneyAction;
import org.premiumledger.cases.api.MoneyActionAuthorizedEvent;
import org.premiumledger.cases.api.MoneyActionRequestedEvent;
import org.premiumledger.cases.platform.CaseSettings;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.Rail;

/**
 * The world of the fixture tests: Thursday 3 December 2026, 10:00 in New York; an approval
 * threshold of $100.00; evidence of at most 64 bytes; three payments of account BA-1 and one of
 * BA-2.
 */
final class CaseFixtures {

  static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  static final CaseId CASE = CaseId.of("00000000-0000-0000-0000-00000000c001");
  static final BillingAccountId ACCOUNT = BillingAccountId.of("BA-1");
  static final Actor AGENT = Actor.agent("agent-ana");
  static final Actor OTHER_AGENT = Actor.agent("agent-bo");
  static final Actor SUPERVISOR = Actor.supervisor("sup-sam");
  static final Actor OTHER_SUPERVISOR = Actor.supervisor("sup-sol");
  static final Actor DETECTOR = Actor.system("duplicate-detector");
  static final Actor POSTER = Actor.system("ledger-poster");
  static final Actor ENROLLEE =
      new Actor("enrollee:BA-1", org.premiumledger.cases.api.StaffRole.ENROLLEE);

  static final CasePayment ACH_1 =
      payment("00000000-0000-0000-0000-0000000000a1", Rail.ACH, 30_000, LocalDate.of(2026, 11, 20));
  static final CasePayment ACH_2 =
      payment("00000000-0000-0000-0000-0000000000a2", Rail.ACH, 30_000, LocalDate.of(2026, 11, 21));
  static final CasePayment CARD_1 =
      payment("00000000-0000-0000-0000-0000000000c1", Rail.CARD, 8_000, null);
  static final CasePayment FOREIGN =
      payment("00000000-0000-0000-0000-0000000000f1", Rail.ACH, 5_000, LocalDate.of(2026, 11, 2));

  /** Acknowledge: two Fed business days after Thursday 3 Dec is Monday 7 Dec. */
  static final CaseDeadline ACKNOWLEDGE =
      new CaseDeadline(
          DeadlineRule.ACKNOWLEDGE, LocalDate.of(2026, 12, 7), DeadlineUnit.BUSINESS_DAYS, 2);

  /** Resolve: thirty calendar days after 3 Dec is 2 Jan 2027. */
  static final CaseDeadline RESOLVE =
      new CaseDeadline(
          DeadlineRule.RESOLVE, LocalDate.of(2027, 1, 2), DeadlineUnit.CALENDAR_DAYS, 30);

  private CaseFixtures() {}

  static AggregateTestFixture<DisputeCase> fixture() {
    AggregateTestFixture<DisputeCase> fixture = new AggregateTestFixture<>(DisputeCase.class);
    fixture.registerInjectableResource(rules());
    fixture.registerInjectableResource(lookup());
    fixture.registerInjectableResource(new MemoryEvidence());
    return fixture;
  }

  static CaseRules rules() {
    CaseSettings settings = new CaseSettings();
    settings.setEvidenceMaxBytes(64);
    return new CaseRules(settings, ZoneId.of("America/New_York"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static PaymentLookup lookup() {
    Map<PaymentId, PaymentLookup.KnownPayment> known = new HashMap<>();
    for (CasePayment payment : List.of(ACH_1, ACH_2, CARD_1)) {
      known.put(payment.paymentId(), new PaymentLookup.KnownPayment(payment, ACCOUNT));
    }
    known.put(
        FOREIGN.paymentId(), new PaymentLookup.KnownPayment(FOREIGN, BillingAccountId.of("BA-2")));
    return paymentId -> Optional.ofNullable(known.get(paymentId));
  }

  static CaseOpenedEvent agentCaseOpened() {
    return new CaseOpenedEvent(
        CASE,
        ACCOUNT,
        CaseKind.WRONG_AMOUNT,
        CaseSource.AGENT,
        List.of(ACH_1, ACH_2, CARD_1),
        List.of(ACKNOWLEDGE, RESOLVE),
        NOW,
        AGENT,
        "The household says it was charged the wrong amount");
  }

  static CaseOpenedEvent detectorCaseOpened() {
    return new CaseOpenedEvent(
        CASE,
        ACCOUNT,
        CaseKind.DUPLICATE_CHARGE,
        CaseSource.DUPLICATE_DETECTOR,
        List.of(ACH_1, ACH_2),
        List.of(ACKNOWLEDGE, RESOLVE),
        NOW,
        DETECTOR,
        "2 payments of the same amount");
  }

  static MoneyActionRequestedEvent requested(
      UUID actionId, MoneyAction action, long total, boolean approvalRequired, Actor by) {
    return new MoneyActionRequestedEvent(
        CASE, actionId, action, total, approvalRequired, NOW, by, "charged twice");
  }

  static MoneyActionAuthorizedEvent authorized(
      UUID actionId, MoneyAction action, Rail rail, Actor requestedBy, Actor by, String why) {
    return new MoneyActionAuthorizedEvent(
        CASE,
        actionId,
        action,
        ACCOUNT,
        rail,
        rail != null && rail.canBeChargedBack() && action instanceof MoneyAction.Refund,
        approvalReference(actionId),
        requestedBy,
        NOW,
        by,
        why);
  }

  /** The approval reference is a name-based UUID of "case/action": the same action, one id. */
  static String approvalReference(UUID actionId) {
    return "case-approval-" + UUID.nameUUIDFromBytes((CASE.value() + "/" + actionId).getBytes());
  }

  static MoneyAction.Refund refund(CasePayment payment, long cents) {
    return new MoneyAction.Refund(payment.paymentId(), Money.usd(cents));
  }

  static CasePayment payment(String id, Rail rail, long cents, LocalDate settlementDate) {
    return new CasePayment(
        PaymentId.of(id),
        rail,
        Money.usd(cents),
        Instant.parse("2026-11-20T14:00:00Z"),
        settlementDate);
  }

  /** Matches a case refusal of the given kind. */
  static org.hamcrest.Matcher<Object> refusedWith(org.premiumledger.cases.api.CaseRefusal refusal) {
    return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
      @Override
      protected boolean matchesSafely(Object item) {
        return item instanceof org.premiumledger.cases.api.CaseRefusedException refused
            && refused.refusal() == refusal;
      }

      @Override
      public void describeTo(org.hamcrest.Description description) {
        description.appendText("a case refusal " + refusal.code() + " " + refusal);
      }
    };
  }

  /** Evidence bytes kept in memory for the fixture. */
  static final class MemoryEvidence implements EvidenceStore {
    final Map<UUID, byte[]> stored = new HashMap<>();

    @Override
    public void store(
        CaseId caseId,
        UUID evidenceId,
        String fileName,
        String contentType,
        String sha256,
        byte[] content,
        Instant attachedAt,
        String attachedBy) {
      stored.put(evidenceId, content);
    }

    @Override
    public Optional<EvidenceContent> fetch(CaseId caseId, UUID evidenceId) {
      return Optional.empty();
    }
  }
}
