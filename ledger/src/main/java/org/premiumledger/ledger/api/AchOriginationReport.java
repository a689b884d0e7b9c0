package org.premiumledger.ledger.api;

import java.util.List;

/**
 * What {@link OriginateAchRefundsCommand} wrote: the file (none when no refund was waiting), its
 * credits, and the refunds left waiting because no bank account is on file for their household.
 */
public record AchOriginationReport(
    String fileName,
    String sha256,
    int entries,
    long creditCents,
    List<String> refundsWithoutBankAccount) {

  public AchOriginationReport {
    refundsWithoutBankAccount = List.copyOf(refundsWithoutBankAccount);
  }

  public boolean wroteFile() {
    return entries > 0;
  }
}
