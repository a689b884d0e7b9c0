package org.premiumledger.ledger.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The change codes of a notification of change (NACHA Operating Rules, Appendix Five): what the
 * receiving bank says was wrong in an entry, with the corrected data in the NOC's addenda.
 */
public enum AchChangeCode {
  C01("Incorrect DFI account number", true),
  C02("Incorrect routing number", true),
  C03("Incorrect routing number and incorrect DFI account number", true),
  C04("Incorrect individual name or receiving company name", false),
  C05("Incorrect transaction code", true),
  C06("Incorrect DFI account number and incorrect transaction code", true),
  C07("Incorrect routing number, DFI account number and transaction code", true),
  C08("Incorrect receiving DFI identification (IAT only)", false),
  C09("Incorrect individual identification number", false),
  C10("Incorrect company name", false),
  C11("Incorrect company identification", false),
  C12("Incorrect company name and company identification", false),
  C13("Addenda format error", false),
  C14("Incorrect SEC code for outbound international payment", false);

  private final String meaning;
  private final boolean changesBankAccount;

  AchChangeCode(String meaning, boolean changesBankAccount) {
    this.meaning = meaning;
    this.changesBankAccount = changesBankAccount;
  }

  public String code() {
    return name();
  }

  public String meaning() {
    return meaning;
  }

  /** Whether the corrected data replaces the routing number, account number or account type. */
  public boolean changesBankAccount() {
    return changesBankAccount;
  }

  public static Optional<AchChangeCode> fromCode(String code) {
    return Arrays.stream(values()).filter(change -> change.name().equals(code)).findFirst();
  }
}
