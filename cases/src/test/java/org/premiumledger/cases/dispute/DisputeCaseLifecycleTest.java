package org.premiumledger.cases.dispute;

import static org.premiumledger.cases.dispute.CaseFixtures.ACCOUNT;
import static org.premiumledger.cases.dispute.CaseFixtures.ACH_1;
import static org.premiumledger.cases.dispute.CaseFixtures.ACH_2;
import static org.premiumledger.cases.dispute.CaseFixtures.ACKNOWLEDGE;
import static org.premiumledger.cases.dispute.CaseFixtures.AGENT;
import static org.premiumledger.cases.dispute.CaseFixtures.CARD_1;
import static org.premiumledger.cases.dispute.CaseFixtures.CASE;
import static org.premiumledger.cases.dispute.CaseFixtures.DETECTOR;
import static org.premiumledger.cases.dispute.CaseFixtures.ENROLLEE;
import static org.premiumledger.cases.dispute.CaseFixtures.FOREIGN;
import static org.premiumledger.cases.dispute.CaseFixtures.NOW;
import static org.premiumledger.cases.dispute.CaseFixtures.OTHER_AGENT;
import static org.premiumledger.cases.dispute.CaseFixtures.RESOLVE;
import static org.premiumledger.cases.dispute.CaseFixtures.SUPERVISOR;
import static org.premiumledger.cases.dispute.CaseFixtures.agentCaseOpened;
import static org.premiumledger.cases.dispute.CaseFixtures.detectorCaseOpened;
import static org.premiumledger.cases.dispute.CaseFixtures.refusedWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premiumledger.cases.api.Actor;
import org.premiumledger.cases.api.AddCaseNoteCommand;
import org.premiumledger.cases.api.AssignCaseCommand;
import org.premiumledger.cases.api.AttachEvidenceCommand;
import org.premiumledger.cases.api.AwaitEnrolleeCommand;
import org.premiumledger.cases.api.AwaitProcessorCommand;
import org.premiumledger.cases.api.CaseAssignedEvent;
import org.premiumledger.cases.api.CaseClosedEvent;
import org.premiumledger.cases.api.CaseDeadline;
import org.premiumledger.cases.api.CaseEscalatedEvent;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CaseNoteAddedEvent;
import org.premiumledger.cases.api.CaseOpenedEvent;
import org.premiumledger.cases.api.CaseRefusal;
import org.premiumledger.cases.api.CaseReopenedEvent;
import org.premiumledger.cases.api.CaseResolution;
import org.premiumledger.cases.api.CaseResolvedEvent;
import org.premiumledger.cases.api.CaseSource;
import org.premiumledger.cases.api.CaseStatus;
import org.premiumledger.cases.api.CaseStatusChangedEvent;
import org.premiumledger.cases.api.CloseCaseCommand;
import org.premiumledger.cases.api.ContactChannel;
import org.premiumledger.cases.api.ContactDirection;
import org.premiumledger.cases.api.ContactLoggedEvent;
import org.premiumledger.cases.api.DeadlineMetEvent;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.DeadlineUnit;
import org.premiumledger.cases.api.DetectionDismissedEvent;
import org.premiumledger.cases.api.DismissDetectionCommand;
import org.premiumledger.cases.api.EvidenceAttachedEvent;
import org.premiumledger.cases.api.FlagDeadlineCommand;
import org.premiumledger.cases.api.LinkPaymentCommand;
import org.premiumledger.cases.api.LogContactCommand;
import org.premiumledger.cases.api.OpenCaseCommand;
import org.premiumledger.cases.api.PaymentLinkedEvent;
import org.premiumledger.cases.api.ReopenCaseCommand;
import org.premiumledger.cases.api.ResolveCaseCommand;
import org.premiumledger.cases.api.StartInvestigationCommand;
import org.premiumledger.ledger.api.PaymentId;

/** Every transition of a case's life and every refusal on the way, given/when/then. */
class DisputeCaseLifecycleTest {

  private static final byte[] PDF = "%PDF-1.7 evidence".getBytes(StandardCharsets.US_ASCII);
  private static final String PDF_SHA256 =
      "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b18952";
  private static final UUID EVIDENCE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

  private AggregateTestFixture<DisputeCase> fixture;

  @BeforeEach
  void setUp() {
    fixture = CaseFixtures.fixture();
  }

  // ---- opening

  @Test
  void anAgentOpensACaseWithTheServiceStandardsDeadlines() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.WRONG_AMOUNT,
                CaseSource.AGENT,
                List.of(ACH_1.paymentId(), ACH_2.paymentId(), CARD_1.paymentId()),
                "The household says it was charged the wrong amount",
                null,
                AGENT))
        .expectEvents(agentCaseOpened());
  }

  @Test
  void theDetectorOpensADuplicateChargeCaseLinkingBothPayments() {
    fixture.givenNoPriorActivity().when(detectorOpen()).expectEvents(detectorCaseOpened());
  }

  @Test
  void openingAgainWithTheSameDetailsChangesNothing() {
    fixture.given(detectorCaseOpened()).when(detectorOpen()).expectNoEvents();
  }

  @Test
  void cannotReuseACaseIdForAnotherCase() {
    fixture
        .given(detectorCaseOpened())
        .when(
            new OpenCaseCommand(
                CASE, ACCOUNT, CaseKind.OTHER, CaseSource.AGENT, List.of(), "x", null, AGENT))
        .expectException(refusedWith(CaseRefusal.CASE_ALREADY_EXISTS));
  }

  @Test
  void cannotOpenADetectorCaseAsAnAgent() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.DUPLICATE_CHARGE,
                CaseSource.DUPLICATE_DETECTOR,
                List.of(ACH_1.paymentId(), ACH_2.paymentId()),
                "pretending",
                null,
                AGENT))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  @Test
  void cannotOpenWithoutSayingWhy() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE, ACCOUNT, CaseKind.OTHER, CaseSource.AGENT, List.of(), " ", null, AGENT))
        .expectException(refusedWith(CaseRefusal.TEXT_REQUIRED));
  }

  @Test
  void cannotOpenAboutAPaymentNotSeenYet() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.OTHER,
                CaseSource.AGENT,
                List.of(PaymentId.of("00000000-0000-0000-0000-000000000999")),
                "unknown",
                null,
                AGENT))
        .expectException(refusedWith(CaseRefusal.UNKNOWN_PAYMENT));
  }

  @Test
  void cannotOpenAboutAnotherHouseholdsPayment() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.OTHER,
                CaseSource.AGENT,
                List.of(FOREIGN.paymentId()),
                "foreign",
                null,
                AGENT))
        .expectException(refusedWith(CaseRefusal.PAYMENT_OF_ANOTHER_ACCOUNT));
  }

  @Test
  void aDuplicateChargeCaseNeedsTwoPayments() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.DUPLICATE_CHARGE,
                CaseSource.AGENT,
                List.of(ACH_1.paymentId(), ACH_1.paymentId()),
                "charged twice",
                null,
                AGENT))
        .expectException(refusedWith(CaseRefusal.DUPLICATE_NEEDS_TWO_PAYMENTS));
  }

  @Test
  void anUnauthorizedAchDebitAlsoGetsTheBanksReturnWindow() {
    // ACH_1 settled on 20 Nov 2026; 60 calendar days later is 19 Jan 2027.
    CaseDeadline window =
        new CaseDeadline(
            DeadlineRule.ACH_UNAUTHORIZED_RETURN_WINDOW,
            LocalDate.of(2027, 1, 19),
            DeadlineUnit.CALENDAR_DAYS,
            60);
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.UNAUTHORIZED_PAYMENT,
                CaseSource.ENROLLEE,
                List.of(ACH_1.paymentId()),
                "I never authorized this debit",
                null,
                ENROLLEE))
        .expectEvents(
            new CaseOpenedEvent(
                CASE,
                ACCOUNT,
                CaseKind.UNAUTHORIZED_PAYMENT,
                CaseSource.ENROLLEE,
                List.of(ACH_1),
                List.of(ACKNOWLEDGE, RESOLVE, window),
                NOW,
                ENROLLEE,
                "I never authorized this debit"));
  }

  @Test
  void aChargebackNoticeGivesItsResponseDate() {
    CaseDeadline respond =
        new CaseDeadline(
            DeadlineRule.CHARGEBACK_RESPONSE,
            LocalDate.of(2026, 12, 18),
            DeadlineUnit.GIVEN_DATE,
            0);
    Actor watch = Actor.system("ledger-watch");
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenCaseCommand(
                CASE,
                ACCOUNT,
                CaseKind.OTHER,
                CaseSource.CARD_CHARGEBACK,
                List.of(CARD_1.paymentId()),
                "Card chargeback CB-1",
                LocalDate.of(2026, 12, 18),
                watch))
        .expectEvents(
            new CaseOpenedEvent(
                CASE,
                ACCOUNT,
                CaseKind.OTHER,
                CaseSource.CARD_CHARGEBACK,
                List.of(CARD_1),
                List.of(ACKNOWLEDGE, RESOLVE, respond),
                NOW,
                watch,
                "Card chargeback CB-1"));
  }

  // ---- payments and assignment

  @Test
  void aThirdPaymentIsLinkedOnce() {
    fixture
        .given(detectorCaseOpened())
        .when(new LinkPaymentCommand(CASE, CARD_1.paymentId(), DETECTOR, "same amount"))
        .expectEvents(new PaymentLinkedEvent(CASE, CARD_1, NOW, DETECTOR, "same amount"));
    fixture
        .given(detectorCaseOpened(), new PaymentLinkedEvent(CASE, CARD_1, NOW, DETECTOR, "same"))
        .when(new LinkPaymentCommand(CASE, CARD_1.paymentId(), DETECTOR, "same amount"))
        .expectNoEvents();
  }

  @Test
  void cannotLinkToAResolvedCase() {
    fixture
        .given(detectorCaseOpened(), resolved(CaseResolution.DENIED))
        .when(new LinkPaymentCommand(CASE, CARD_1.paymentId(), DETECTOR, "same amount"))
        .expectException(refusedWith(CaseRefusal.CASE_NOT_ACTIVE));
  }

  @Test
  void anAgentTakesACaseAndASupervisorReassignsIt() {
    fixture
        .given(detectorCaseOpened())
        .when(new AssignCaseCommand(CASE, "agent-ana", AGENT, "mine"))
        .expectEvents(new CaseAssignedEvent(CASE, "agent-ana", NOW, AGENT, "mine"));
    fixture
        .given(detectorCaseOpened(), new CaseAssignedEvent(CASE, "agent-ana", NOW, AGENT, ""))
        .when(new AssignCaseCommand(CASE, "agent-bo", SUPERVISOR, "Ana is away"))
        .expectEvents(new CaseAssignedEvent(CASE, "agent-bo", NOW, SUPERVISOR, "Ana is away"));
  }

  @Test
  void anAgentCannotHandACaseToSomeoneElse() {
    fixture
        .given(detectorCaseOpened())
        .when(new AssignCaseCommand(CASE, "agent-bo", AGENT, "yours"))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  // ---- status

  @Test
  void startingTheInvestigationAcknowledgesTheCase() {
    fixture
        .given(detectorCaseOpened())
        .when(new StartInvestigationCommand(CASE, AGENT, "looking"))
        .expectEvents(
            statusChanged(CaseStatus.OPEN, CaseStatus.INVESTIGATING, "looking"),
            new DeadlineMetEvent(
                CASE, DeadlineRule.ACKNOWLEDGE, true, NOW, AGENT, "the case was taken up"));
  }

  @Test
  void cannotStartInvestigatingTwice() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new StartInvestigationCommand(CASE, AGENT, "again"))
        .expectException(refusedWith(CaseRefusal.TRANSITION_NOT_ALLOWED));
  }

  @Test
  void theEnrolleeCannotWorkACase() {
    fixture
        .given(detectorCaseOpened())
        .when(new StartInvestigationCommand(CASE, ENROLLEE, "me"))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  @Test
  void askingTheHouseholdForInformationWaitsOnIt() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new AwaitEnrolleeCommand(CASE, "A copy of your bank statement.", AGENT))
        .expectEvents(
            statusChanged(
                CaseStatus.INVESTIGATING,
                CaseStatus.WAITING_ON_ENROLLEE,
                "A copy of your bank statement."));
  }

  @Test
  void askingTheHouseholdNeedsToSayWhatFor() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new AwaitEnrolleeCommand(CASE, "", AGENT))
        .expectException(refusedWith(CaseRefusal.TEXT_REQUIRED));
  }

  @Test
  void waitingOnTheProcessorAndResuming() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new AwaitProcessorCommand(CASE, AGENT, "asked the processor for its trace"))
        .expectEvents(
            statusChanged(
                CaseStatus.INVESTIGATING,
                CaseStatus.WAITING_ON_PROCESSOR,
                "asked the processor for its trace"));
    fixture
        .given(
            detectorCaseOpened(),
            investigationStarted(),
            acknowledged(),
            statusChanged(CaseStatus.INVESTIGATING, CaseStatus.WAITING_ON_PROCESSOR, "asked"))
        .when(new StartInvestigationCommand(CASE, AGENT, "the trace came"))
        .expectEvents(
            statusChanged(
                CaseStatus.WAITING_ON_PROCESSOR, CaseStatus.INVESTIGATING, "the trace came"));
  }

  // ---- notes, contacts, evidence

  @Test
  void notesAndContactsGoOnTheTimeline() {
    fixture
        .given(detectorCaseOpened())
        .when(new AddCaseNoteCommand(CASE, "Both debits carry different trace numbers", AGENT))
        .expectEvents(
            new CaseNoteAddedEvent(CASE, NOW, AGENT, "Both debits carry different trace numbers"));
    fixture
        .given(detectorCaseOpened())
        .when(new AddCaseNoteCommand(CASE, "", AGENT))
        .expectException(refusedWith(CaseRefusal.TEXT_REQUIRED));
  }

  @Test
  void callingTheHouseholdAcknowledgesTheCase() {
    fixture
        .given(detectorCaseOpened())
        .when(
            new LogContactCommand(
                CASE,
                ContactChannel.PHONE,
                ContactDirection.OUTBOUND,
                "Told them we are checking",
                AGENT))
        .expectEvents(
            new ContactLoggedEvent(
                CASE,
                ContactChannel.PHONE,
                ContactDirection.OUTBOUND,
                NOW,
                AGENT,
                "Told them we are checking"),
            new DeadlineMetEvent(
                CASE, DeadlineRule.ACKNOWLEDGE, true, NOW, AGENT, "the household was contacted"));
  }

  @Test
  void evidenceIsAttachedByItsDigestNotItsBytes() {
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "statement.pdf", "application/pdf", PDF, AGENT, "bank statement"))
        .expectEvents(
            new EvidenceAttachedEvent(
                CASE,
                EVIDENCE,
                "statement.pdf",
                "application/pdf",
                17,
                PDF_SHA256,
                NOW,
                AGENT,
                "bank statement"));
  }

  @Test
  void onlyTheFilesOwnNameIsKeptAndItHasALimit() {
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE,
                EVIDENCE,
                "C:\\Users\\ana\\statement.pdf",
                "application/pdf",
                PDF,
                AGENT,
                "bank statement"))
        .expectEvents(
            new EvidenceAttachedEvent(
                CASE,
                EVIDENCE,
                "statement.pdf",
                "application/pdf",
                17,
                PDF_SHA256,
                NOW,
                AGENT,
                "bank statement"));
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "a".repeat(252) + ".pdf", "application/pdf", PDF, AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.TEXT_TOO_LONG));
  }

  @Test
  void anAssigneeIsAUserIdOfAtMost128Characters() {
    fixture
        .given(detectorCaseOpened())
        .when(new AssignCaseCommand(CASE, "u".repeat(129), SUPERVISOR, "x"))
        .expectException(refusedWith(CaseRefusal.TEXT_TOO_LONG));
  }

  @Test
  void attachingTheSameEvidenceAgainChangesNothing() {
    fixture
        .given(detectorCaseOpened(), evidenceAttached())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "statement.pdf", "application/pdf", PDF, AGENT, "again"))
        .expectNoEvents();
  }

  @Test
  void anEvidenceIdNamesOneFile() {
    byte[] other = "%PDF-1.7 other".getBytes(StandardCharsets.US_ASCII);
    fixture
        .given(detectorCaseOpened(), evidenceAttached())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "other.pdf", "application/pdf", other, AGENT, "other"))
        .expectException(refusedWith(CaseRefusal.EVIDENCE_ID_REUSED));
  }

  @Test
  void evidenceMustReallyBeOfAnAllowedType() {
    byte[] executable = {0x4D, 0x5A, 0x00, 0x01};
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "statement.pdf", "application/pdf", executable, AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.EVIDENCE_TYPE_NOT_ALLOWED));
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "a.gif", "image/gif", "GIF89a".getBytes(), AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.EVIDENCE_TYPE_NOT_ALLOWED));
  }

  @Test
  void evidenceHasASizeLimitAndIsNeverEmpty() {
    byte[] tooLarge = new byte[65];
    tooLarge[0] = (byte) 0xFF;
    tooLarge[1] = (byte) 0xD8;
    tooLarge[2] = (byte) 0xFF;
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "photo.jpg", "image/jpeg", tooLarge, AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.EVIDENCE_TOO_LARGE));
    fixture
        .given(detectorCaseOpened())
        .when(
            new AttachEvidenceCommand(
                CASE, EVIDENCE, "photo.jpg", "image/jpeg", new byte[0], AGENT, "x"))
        .expectException(refusedWith(CaseRefusal.EVIDENCE_EMPTY));
  }

  // ---- resolution, closing, reopening

  @Test
  void resolvingMeetsEveryOpenDeadline() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new ResolveCaseCommand(CASE, CaseResolution.DENIED, AGENT, "two months paid"))
        .expectEvents(
            new DeadlineMetEvent(
                CASE, DeadlineRule.RESOLVE, true, NOW, AGENT, "the case was resolved"),
            resolved(CaseResolution.DENIED, "two months paid"));
  }

  @Test
  void cannotResolveAsRefundedWithoutAPostedRefund() {
    fixture
        .given(detectorCaseOpened())
        .when(new ResolveCaseCommand(CASE, CaseResolution.REFUNDED, AGENT, "refunded"))
        .expectException(refusedWith(CaseRefusal.RESOLUTION_WITHOUT_POSTED_ACTION));
  }

  @Test
  void resolvingNeedsAReason() {
    fixture
        .given(detectorCaseOpened())
        .when(new ResolveCaseCommand(CASE, CaseResolution.DENIED, AGENT, null))
        .expectException(refusedWith(CaseRefusal.TEXT_REQUIRED));
  }

  @Test
  void theHouseholdMayWithdrawButNotDecide() {
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new ResolveCaseCommand(CASE, CaseResolution.WITHDRAWN, ENROLLEE, "sorted it out"))
        .expectEvents(
            new DeadlineMetEvent(
                CASE, DeadlineRule.RESOLVE, true, NOW, ENROLLEE, "the case was resolved"),
            new CaseResolvedEvent(CASE, CaseResolution.WITHDRAWN, NOW, ENROLLEE, "sorted it out"));
    fixture
        .given(detectorCaseOpened())
        .when(new ResolveCaseCommand(CASE, CaseResolution.DENIED, ENROLLEE, "no"))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  @Test
  void aResolvedCaseClosesAndReopensWithANewResolveDeadline() {
    fixture
        .given(detectorCaseOpened(), resolved(CaseResolution.DENIED))
        .when(new CloseCaseCommand(CASE, AGENT, "done"))
        .expectEvents(new CaseClosedEvent(CASE, NOW, AGENT, "done"));
    fixture
        .given(
            detectorCaseOpened(),
            resolved(CaseResolution.DENIED),
            new CaseClosedEvent(CASE, NOW, AGENT, "done"))
        .when(new ReopenCaseCommand(CASE, OTHER_AGENT, "the household called back"))
        .expectEvents(
            new CaseReopenedEvent(CASE, RESOLVE, NOW, OTHER_AGENT, "the household called back"));
  }

  @Test
  void onlyAResolvedCaseCloses() {
    fixture
        .given(detectorCaseOpened())
        .when(new CloseCaseCommand(CASE, AGENT, "done"))
        .expectException(refusedWith(CaseRefusal.TRANSITION_NOT_ALLOWED));
  }

  @Test
  void anActiveCaseIsNotReopened() {
    fixture
        .given(detectorCaseOpened())
        .when(new ReopenCaseCommand(CASE, AGENT, "again"))
        .expectException(refusedWith(CaseRefusal.TRANSITION_NOT_ALLOWED));
  }

  @Test
  void aClosedCaseTakesNoNewWork() {
    fixture
        .given(detectorCaseOpened(), resolved(CaseResolution.DENIED))
        .when(new AwaitEnrolleeCommand(CASE, "your statement", AGENT))
        .expectException(refusedWith(CaseRefusal.CASE_NOT_ACTIVE));
  }

  // ---- detections

  @Test
  void anAgentDismissesADetectionWithAReason() {
    fixture
        .given(detectorCaseOpened())
        .when(new DismissDetectionCommand(CASE, AGENT, "paid December and January on purpose"))
        .expectEvents(
            new DetectionDismissedEvent(
                CASE,
                List.of(ACH_1.paymentId(), ACH_2.paymentId()),
                NOW,
                AGENT,
                "paid December and January on purpose"),
            new DeadlineMetEvent(
                CASE, DeadlineRule.ACKNOWLEDGE, true, NOW, AGENT, "the case was resolved"),
            new DeadlineMetEvent(
                CASE, DeadlineRule.RESOLVE, true, NOW, AGENT, "the case was resolved"),
            resolved(CaseResolution.DENIED, "paid December and January on purpose"));
  }

  @Test
  void onlyADetectionIsDismissed() {
    fixture
        .given(agentCaseOpened())
        .when(new DismissDetectionCommand(CASE, AGENT, "not a duplicate"))
        .expectException(refusedWith(CaseRefusal.NOT_A_DETECTION));
  }

  // ---- deadlines

  @Test
  void aDeadlineNearEscalatesOnceAndAgainWhenPast() {
    LocalDate twoDaysBefore = LocalDate.of(2027, 1, 1).minusDays(1);
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(new FlagDeadlineCommand(CASE, DeadlineRule.RESOLVE, twoDaysBefore, watch()))
        .expectEvents(escalated(DeadlineStanding.NEAR, " is due on "))
        .expectResultMessagePayload(DeadlineStanding.NEAR);
    fixture
        .given(
            detectorCaseOpened(),
            investigationStarted(),
            acknowledged(),
            escalated(DeadlineStanding.NEAR, " is due on "))
        .when(new FlagDeadlineCommand(CASE, DeadlineRule.RESOLVE, twoDaysBefore, watch()))
        .expectNoEvents();
    fixture
        .given(
            detectorCaseOpened(),
            investigationStarted(),
            acknowledged(),
            escalated(DeadlineStanding.NEAR, " is due on "))
        .when(
            new FlagDeadlineCommand(CASE, DeadlineRule.RESOLVE, LocalDate.of(2027, 1, 3), watch()))
        .expectEvents(escalated(DeadlineStanding.PAST, " was due on "));
  }

  @Test
  void aDeadlineFarOffOrMetDoesNotEscalate() {
    fixture
        .given(detectorCaseOpened())
        .when(
            new FlagDeadlineCommand(
                CASE, DeadlineRule.RESOLVE, LocalDate.of(2026, 12, 30), watch()))
        .expectNoEvents();
    fixture
        .given(detectorCaseOpened(), investigationStarted(), acknowledged())
        .when(
            new FlagDeadlineCommand(
                CASE, DeadlineRule.ACKNOWLEDGE, LocalDate.of(2026, 12, 9), watch()))
        .expectNoEvents();
  }

  @Test
  void anAgentCannotEscalate() {
    fixture
        .given(detectorCaseOpened())
        .when(new FlagDeadlineCommand(CASE, DeadlineRule.RESOLVE, LocalDate.of(2027, 1, 9), AGENT))
        .expectException(refusedWith(CaseRefusal.NOT_PERMITTED_FOR_ROLE));
  }

  // ---- helpers

  private static OpenCaseCommand detectorOpen() {
    return new OpenCaseCommand(
        CASE,
        ACCOUNT,
        CaseKind.DUPLICATE_CHARGE,
        CaseSource.DUPLICATE_DETECTOR,
        List.of(ACH_1.paymentId(), ACH_2.paymentId()),
        "2 payments of the same amount",
        null,
        DETECTOR);
  }

  private static CaseStatusChangedEvent investigationStarted() {
    return statusChanged(CaseStatus.OPEN, CaseStatus.INVESTIGATING, "looking");
  }

  private static DeadlineMetEvent acknowledged() {
    return new DeadlineMetEvent(CASE, DeadlineRule.ACKNOWLEDGE, true, NOW, AGENT, "taken up");
  }

  private static CaseStatusChangedEvent statusChanged(CaseStatus from, CaseStatus to, String why) {
    return new CaseStatusChangedEvent(CASE, from, to, NOW, AGENT, why);
  }

  private static CaseResolvedEvent resolved(CaseResolution resolution) {
    return resolved(resolution, "decided");
  }

  private static CaseResolvedEvent resolved(CaseResolution resolution, String why) {
    return new CaseResolvedEvent(CASE, resolution, NOW, AGENT, why);
  }

  private static EvidenceAttachedEvent evidenceAttached() {
    return new EvidenceAttachedEvent(
        CASE, EVIDENCE, "statement.pdf", "application/pdf", 17, PDF_SHA256, NOW, AGENT, "first");
  }

  private static Actor watch() {
    return Actor.system("deadline-watch");
  }

  private static CaseEscalatedEvent escalated(DeadlineStanding standing, String phrase) {
    return new CaseEscalatedEvent(
        CASE,
        DeadlineRule.RESOLVE,
        LocalDate.of(2027, 1, 2),
        standing,
        NOW,
        watch(),
        "RESOLVE" + phrase + "2027-01-02");
  }
}
