package org.premiumledger.cases.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.premiumledger.cases.api.CaseDeadline;
import org.premiumledger.cases.api.CaseKind;
import org.premiumledger.cases.api.CasePayment;
import org.premiumledger.cases.api.CaseRefusal;
import org.premiumledger.cases.api.CaseRefusedException;
import org.premiumledger.cases.api.DeadlineRule;
import org.premiumledger.cases.api.DeadlineStanding;
import org.premiumledger.cases.api.DeadlineUnit;
import org.premiumledger.cases.calendar.FederalReserveCalendar;
import org.premiumledger.cases.platform.CaseSettings;
import org.premiumledger.ledger.api.Rail;

/**
 * The rules a case applies that administrators may set: deadlines in each rule's unit, the approval
 * threshold, the evidence limits. Injected into the case's command handlers.
 */
public class CaseRules {

  private final CaseSettings settings;
  private final FederalReserveCalendar calendar;
  private final ZoneId zone;
  private final Clock clock;

  public CaseRules(CaseSettings settings, ZoneId zone, Clock clock) {
    this.settings = settings;
    this.calendar = new FederalReserveCalendar(settings.getLocalClosureDays());
    this.zone = zone;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today in the exchange's zone. */
  public LocalDate today() {
    return businessDate(clock.instant());
  }

  public LocalDate businessDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public ZoneId zone() {
    return zone;
  }

  public long approvalThresholdCents() {
    return settings.getApprovalThresholdCents();
  }

  /**
   * The deadlines of a new case: the service standard always; a chargeback's response date when the
   * notice gave one; for an unauthorized ACH debit, the end of the bank's return window.
   */
  public List<CaseDeadline> deadlinesFor(
      CaseKind kind,
      List<CasePayment> payments,
      LocalDate openedOn,
      LocalDate chargebackRespondBy) {
    List<CaseDeadline> deadlines = new ArrayList<>();
    int acknowledgeDays = settings.getAcknowledgeBusinessDays();
    deadlines.add(
        new CaseDeadline(
            DeadlineRule.ACKNOWLEDGE,
            calendar.plusBusinessDays(openedOn, acknowledgeDays),
            DeadlineUnit.BUSINESS_DAYS,
            acknowledgeDays));
    deadlines.add(resolveDeadline(openedOn));
    if (chargebackRespondBy != null) {
      deadlines.add(
          new CaseDeadline(
              DeadlineRule.CHARGEBACK_RESPONSE, chargebackRespondBy, DeadlineUnit.GIVEN_DATE, 0));
    }
    if (kind == CaseKind.UNAUTHORIZED_PAYMENT) {
      earliestAchSettlement(payments)
          .ifPresent(
              settledOn -> {
                int days = settings.getAchUnauthorizedReturnDays();
                deadlines.add(
                    new CaseDeadline(
                        DeadlineRule.ACH_UNAUTHORIZED_RETURN_WINDOW,
                        settledOn.plusDays(days),
                        DeadlineUnit.CALENDAR_DAYS,
                        days));
              });
    }
    return deadlines;
  }

  public CaseDeadline resolveDeadline(LocalDate from) {
    int days = settings.getResolveCalendarDays();
    return new CaseDeadline(
        DeadlineRule.RESOLVE, from.plusDays(days), DeadlineUnit.CALENDAR_DAYS, days);
  }

  /** Past once the due date has gone by; near from {@code nearDeadlineDays} before it. */
  public Optional<DeadlineStanding> standing(LocalDate dueOn, LocalDate today) {
    if (today.isAfter(dueOn)) {
      return Optional.of(DeadlineStanding.PAST);
    }
    if (!today.isBefore(dueOn.minusDays(settings.getNearDeadlineDays()))) {
      return Optional.of(DeadlineStanding.NEAR);
    }
    return Optional.empty();
  }

  /**
   * Accepts PDF, PNG and JPEG within the size limit, and only when the bytes really are of the
   * declared type: a renamed executable is refused.
   */
  public String requireAcceptableEvidence(String contentType, byte[] content) {
    if (content == null || content.length == 0) {
      throw new CaseRefusedException(CaseRefusal.EVIDENCE_EMPTY, null);
    }
    if (content.length > settings.getEvidenceMaxBytes()) {
      throw new CaseRefusedException(
          CaseRefusal.EVIDENCE_TOO_LARGE,
          content.length + " bytes; at most " + settings.getEvidenceMaxBytes());
    }
    String type = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);
    boolean matches =
        switch (type) {
          case "application/pdf" -> startsWith(content, 0x25, 0x50, 0x44, 0x46);
          case "image/png" -> startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
          case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
          default -> false;
        };
    if (!matches) {
      throw new CaseRefusedException(
          CaseRefusal.EVIDENCE_TYPE_NOT_ALLOWED, "declared '" + contentType + "'");
    }
    return type;
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> earliestAchSettlement(List<CasePayment> payments) {
    return payments.stream()
        .filter(payment -> payment.rail() == Rail.ACH && payment.settlementDate() != null)
        .map(CasePayment::settlementDate)
        .min(Comparator.naturalOrder());
  }
}
