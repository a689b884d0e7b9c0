package org.premiumledger.ledger.intake.nacha;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The exchange's identities in the NACHA files it writes and reads ({@code premium-ledger.ach.*}).
 * The defaults are a demo exchange's; a real one sets its bank's values.
 */
@ConfigurationProperties("premium-ledger.ach")
public class AchSettings {

  /** The routing number the file goes to (the ODFI's, or its ACH operator's). */
  private String immediateDestination = "011000015";

  private String immediateDestinationName = "FEDERAL RESERVE BANK";

  /** Who sends the file: a routing number, or 10 digits the ODFI assigned. */
  private String immediateOrigin = "021000021";

  private String immediateOriginName = "HEALTH CONNECTOR";

  private String companyName = "HEALTH CONNECTOR";

  /** The company identification the ODFI knows us by, usually "1" and the tax id. */
  private String companyId = "1234567890";

  /** Our bank's routing number; its first eight digits lead every trace number we originate. */
  private String odfiRouting = "021000021";

  /** Commands in flight at once while a file posts. */
  private int importThreads = 8;

  /** Debits posted in one transaction while a file imports. */
  private int importBatchSize = 100;

  public int getImportBatchSize() {
    return importBatchSize;
  }

  public void setImportBatchSize(int importBatchSize) {
    if (importBatchSize < 1 || importBatchSize > 10_000) {
      throw new IllegalArgumentException(
          "expected premium-ledger.ach.import-batch-size from 1 to 10000, found "
              + importBatchSize);
    }
    this.importBatchSize = importBatchSize;
  }

  public String odfiId() {
    return odfiRouting.substring(0, 8);
  }

  public String getImmediateDestination() {
    return immediateDestination;
  }

  public void setImmediateDestination(String immediateDestination) {
    requireRoutingNumber("immediate-destination", immediateDestination);
    this.immediateDestination = immediateDestination;
  }

  public String getImmediateDestinationName() {
    return immediateDestinationName;
  }

  public void setImmediateDestinationName(String immediateDestinationName) {
    this.immediateDestinationName = immediateDestinationName;
  }

  public String getImmediateOrigin() {
    return immediateOrigin;
  }

  public void setImmediateOrigin(String immediateOrigin) {
    if (!RoutingNumbers.isValid(immediateOrigin) && !immediateOrigin.matches("\\d{10}")) {
      throw new IllegalArgumentException(
          "expected premium-ledger.ach.immediate-origin to be a routing number or 10 digits,"
              + " found '"
              + immediateOrigin
              + "'");
    }
    this.immediateOrigin = immediateOrigin;
  }

  public String getImmediateOriginName() {
    return immediateOriginName;
  }

  public void setImmediateOriginName(String immediateOriginName) {
    this.immediateOriginName = immediateOriginName;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getCompanyId() {
    return companyId;
  }

  public void setCompanyId(String companyId) {
    this.companyId = companyId;
  }

  public String getOdfiRouting() {
    return odfiRouting;
  }

  public void setOdfiRouting(String odfiRouting) {
    requireRoutingNumber("odfi-routing", odfiRouting);
    this.odfiRouting = odfiRouting;
  }

  public int getImportThreads() {
    return importThreads;
  }

  public void setImportThreads(int importThreads) {
    if (importThreads < 1 || importThreads > 64) {
      throw new IllegalArgumentException(
          "expected premium-ledger.ach.import-threads from 1 to 64, found " + importThreads);
    }
    this.importThreads = importThreads;
  }

  private static void requireRoutingNumber(String property, String value) {
    if (!RoutingNumbers.isValid(value)) {
      throw new IllegalArgumentException(
          "expected premium-ledger.ach."
              + property
              + " to be a 9-digit routing number with a valid check digit, found '"
              + value
              + "'");
    }
  }
}
