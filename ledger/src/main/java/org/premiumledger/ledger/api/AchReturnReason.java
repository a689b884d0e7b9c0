package org.premiumledger.ledger.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The return reason codes of the NACHA Operating Rules (Appendix Four) with their meanings. R61 to
 * R69 are dishonored returns (an ODFI refusing a return) and R70 to R77 contested dishonored
 * returns (an RDFI answering a dishonor); the exchange never records those as returns of a payment.
 */
public enum AchReturnReason {
  R01("Insufficient funds"),
  R02("Account closed"),
  R03("No account, or unable to locate account"),
  R04("Invalid account number structure"),
  R05("Unauthorized debit to consumer account using corporate SEC code"),
  R06("Returned per ODFI's request"),
  R07("Authorization revoked by customer"),
  R08("Payment stopped"),
  R09("Uncollected funds"),
  R10("Customer advises originator is not known to receiver or not authorized"),
  R11("Customer advises entry not in accordance with the terms of the authorization"),
  R12("Account sold to another DFI"),
  R13("Invalid ACH routing number"),
  R14("Representative payee deceased or unable to continue in that capacity"),
  R15("Beneficiary or account holder (other than a representative payee) deceased"),
  R16("Account frozen, or entry returned per OFAC instruction"),
  R17(
      "File record edit criteria, or entry with invalid account number initiated under questionable"
          + " circumstances"),
  R18("Improper effective entry date"),
  R19("Amount field error"),
  R20("Non-transaction account"),
  R21("Invalid company identification"),
  R22("Invalid individual ID number"),
  R23("Credit entry refused by receiver"),
  R24("Duplicate entry"),
  R25("Addenda error"),
  R26("Mandatory field error"),
  R27("Trace number error"),
  R28("Routing number check digit error"),
  R29("Corporate customer advises not authorized"),
  R30("RDFI not participant in check truncation program"),
  R31("Permissible return entry (CCD and CTX only)"),
  R32("RDFI non-settlement"),
  R33("Return of XCK entry"),
  R34("Limited participation DFI"),
  R35("Return of improper debit entry"),
  R36("Return of improper credit entry"),
  R37("Source document presented for payment"),
  R38("Stop payment on source document"),
  R39("Improper source document, or source document presented for payment"),
  R40("Return of ENR entry by Federal Government agency"),
  R41("Invalid transaction code (ENR only)"),
  R42("Routing number or check digit error (ENR only)"),
  R43("Invalid DFI account number (ENR only)"),
  R44("Invalid individual ID number or identification number (ENR only)"),
  R45("Invalid individual name or company name (ENR only)"),
  R46("Invalid representative payee indicator (ENR only)"),
  R47("Duplicate enrollment (ENR only)"),
  R50("State law affecting RCK acceptance"),
  R51("Item related to RCK entry is ineligible or RCK entry is improper"),
  R52("Stop payment on item related to RCK entry"),
  R53("Item and RCK entry presented for payment"),
  R61("Misrouted return"),
  R62("Return of erroneous or reversing debit"),
  R67("Duplicate return"),
  R68("Untimely return"),
  R69("Field error(s)"),
  R70("Permissible return entry not accepted, or return not requested by ODFI"),
  R71("Misrouted dishonored return"),
  R72("Untimely dishonored return"),
  R73("Timely original return"),
  R74("Corrected return"),
  R75("Return not a duplicate"),
  R76("No errors found"),
  R77("Non-acceptance of R62 dishonored return"),
  R80("IAT entry coding error"),
  R81("Non-participant in IAT program"),
  R82("Invalid foreign receiving DFI identification"),
  R83("Foreign receiving DFI unable to settle"),
  R84("Entry not processed by Gateway"),
  R85("Incorrectly coded outbound international payment");

  private final String meaning;

  AchReturnReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name();
  }

  public String meaning() {
    return meaning;
  }

  /** An ODFI's refusal of a return (R61-R69). */
  public boolean isDishonoredReturn() {
    int number = number();
    return number >= 61 && number <= 69;
  }

  /** An RDFI's answer to a dishonored return (R70-R77). */
  public boolean isContestedDishonoredReturn() {
    int number = number();
    return number >= 70 && number <= 77;
  }

  /**
   * The household says it never authorized the debit: its bank may return it up to 60 calendar days
   * after settlement, and a dispute case follows.
   */
  public boolean isUnauthorizedDebit() {
    return this == R05 || this == R07 || this == R10 || this == R11;
  }

  /** The date of death is required in the return's addenda. */
  public boolean requiresDateOfDeath() {
    return this == R14 || this == R15;
  }

  public static Optional<AchReturnReason> fromCode(String code) {
    return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
  }

  private int number() {
    return Integer.parseInt(name().substring(1));
  }
}
