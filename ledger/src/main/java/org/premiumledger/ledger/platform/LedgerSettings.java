package org.premiumledger.ledger.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The exchange's rules that administrators may set ({@code premium-ledger.ledger.*}). Defaults
 * follow DESIGN.md.
 */
@ConfigurationProperties("premium-ledger.ledger")
public class LedgerSettings {

  /** The exchange's time zone: business dates, due dates and schedules are in it. */
  private ZoneId zone = ZoneId.of("America/New_York");

  /** The day of month M-1 on which the bill for coverage month M is issued. */
  private int billIssueDayOfMonth = 1;

  /** Days after the coverage start by which the binder payment must be paid. */
  private int binderDueDays = 30;

  /** The state's grace period, in calendar days after the due date, for households without APTC. */
  private int stateGraceDays = 31;

  /** Premium payment thresholds by issuer id; none by default. */
  private Map<String, PaymentThreshold> issuerPaymentThresholds = new HashMap<>();

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public int getBillIssueDayOfMonth() {
    return billIssueDayOfMonth;
  }

  public void setBillIssueDayOfMonth(int billIssueDayOfMonth) {
    if (billIssueDayOfMonth < 1 || billIssueDayOfMonth > 28) {
      throw new IllegalArgumentException(
          "expected a bill issue day from 1 to 28, found " + billIssueDayOfMonth);
    }
    this.billIssueDayOfMonth = billIssueDayOfMonth;
  }

  public int getBinderDueDays() {
    return binderDueDays;
  }

  public void setBinderDueDays(int binderDueDays) {
    this.binderDueDays = binderDueDays;
  }

  public int getStateGraceDays() {
    return stateGraceDays;
  }

  public void setStateGraceDays(int stateGraceDays) {
    this.stateGraceDays = stateGraceDays;
  }

  public Map<String, PaymentThreshold> getIssuerPaymentThresholds() {
    return issuerPaymentThresholds;
  }

  public void setIssuerPaymentThresholds(Map<String, PaymentThreshold> thresholds) {
    this.issuerPaymentThresholds = thresholds;
  }

  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }

  /** The shortfall an issuer forgives on what is owed; zero when it set no threshold. */
  public long toleratedShortfallCents(String issuerId, long owedCents) {
    PaymentThreshold threshold = issuerPaymentThresholds.get(issuerId);
    return threshold == null ? 0 : threshold.toleratedCents(owedCents);
  }

  /**
   * An issuer's premium payment threshold: a percentage of the total owed (in basis points, 100 = 1
   * %), or a small fixed amount; when both are set the larger applies.
   */
  public static class PaymentThreshold {
    private long percentBasisPoints;
    private long fixedCents;

    public long getPercentBasisPoints() {
      return percentBasisPoints;
    }

    public void setPercentBasisPoints(long percentBasisPoints) {
      this.percentBasisPoints = percentBasisPoints;
    }

    public long getFixedCents() {
      return fixedCents;
    }

    public void setFixedCents(long fixedCents) {
      this.fixedCents = fixedCents;
    }

    /** Percent of owed, rounded half-even to the cent (the only division in the ledger). */
    public long toleratedCents(long owedCents) {
      long byPercent =
          BigDecimal.valueOf(owedCents)
              .multiply(BigDecimal.valueOf(percentBasisPoints))
              .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
              .longValueExact();
      return Math.max(byPercent, fixedCents);
    }
  }
}
