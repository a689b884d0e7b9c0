package org.premiumledger.cases.platform;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The rules of dispute cases that administrators may set ({@code premium-ledger.cases.*}). */
@ConfigurationProperties("premium-ledger.cases")
public class CaseSettings {

  /** Two equal payments of one account this close together are a suspected duplicate charge. */
  private Duration duplicateWindow = Duration.ofDays(3);

  /**
   * When a case's total paid out, the requested action included, reaches this many cents, a
   * supervisor other than the requester must approve.
   */
  private long approvalThresholdCents = 10_000;

  /** The service standard: acknowledge a billing dispute within this many business days. */
  private int acknowledgeBusinessDays = 2;

  /** The service standard: resolve a billing dispute within this many calendar days. */
  private int resolveCalendarDays = 30;

  /** Calendar days after settlement in which a bank may return an unauthorized consumer debit. */
  private int achUnauthorizedReturnDays = 60;

  /** A deadline this many calendar days away or closer is near, and escalates. */
  private int nearDeadlineDays = 2;

  /** How often the deadline watch looks for deadlines near or past. */
  private Duration deadlineCheckInterval = Duration.ofMinutes(15);

  /** The largest evidence file accepted, in bytes. */
  private long evidenceMaxBytes = 10L * 1024 * 1024;

  /** Days the exchange is closed besides the Federal Reserve holidays. */
  private List<LocalDate> localClosureDays = new ArrayList<>();

  public Duration getDuplicateWindow() {
    return duplicateWindow;
  }

  public void setDuplicateWindow(Duration duplicateWindow) {
    this.duplicateWindow = duplicateWindow;
  }

  public long getApprovalThresholdCents() {
    return approvalThresholdCents;
  }

  public void setApprovalThresholdCents(long approvalThresholdCents) {
    if (approvalThresholdCents < 1) {
      throw new IllegalArgumentException(
          "expected an approval threshold of at least 1 cent, found " + approvalThresholdCents);
    }
    this.approvalThresholdCents = approvalThresholdCents;
  }

  public int getAcknowledgeBusinessDays() {
    return acknowledgeBusinessDays;
  }

  public void setAcknowledgeBusinessDays(int acknowledgeBusinessDays) {
    this.acknowledgeBusinessDays = acknowledgeBusinessDays;
  }

  public int getResolveCalendarDays() {
    return resolveCalendarDays;
  }

  public void setResolveCalendarDays(int resolveCalendarDays) {
    this.resolveCalendarDays = resolveCalendarDays;
  }

  public int getAchUnauthorizedReturnDays() {
    return achUnauthorizedReturnDays;
  }

  public void setAchUnauthorizedReturnDays(int achUnauthorizedReturnDays) {
    this.achUnauthorizedReturnDays = achUnauthorizedReturnDays;
  }

  public int getNearDeadlineDays() {
    return nearDeadlineDays;
  }

  public void setNearDeadlineDays(int nearDeadlineDays) {
    this.nearDeadlineDays = nearDeadlineDays;
  }

  public Duration getDeadlineCheckInterval() {
    return deadlineCheckInterval;
  }

  public void setDeadlineCheckInterval(Duration deadlineCheckInterval) {
    this.deadlineCheckInterval = deadlineCheckInterval;
  }

  public long getEvidenceMaxBytes() {
    return evidenceMaxBytes;
  }

  public void setEvidenceMaxBytes(long evidenceMaxBytes) {
    this.evidenceMaxBytes = evidenceMaxBytes;
  }

  public List<LocalDate> getLocalClosureDays() {
    return localClosureDays;
  }

  public void setLocalClosureDays(List<LocalDate> localClosureDays) {
    this.localClosureDays = localClosureDays;
  }
}
