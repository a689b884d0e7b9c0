package org.premiumledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An account of the chart of accounts in DESIGN.md, written as its code, e.g. {@code
 * receivable:enrollee:BA-1001} or {@code clearing:ach}. The constructor refuses any code that is
 * not in the chart, so nothing downstream has to check again.
 */
public record LedgerAccount(String code) {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public static final LedgerAccount CASH_PREMIUM_TRUST = new LedgerAccount("cash:premium-trust");
  public static final LedgerAccount SUSPENSE_UNAPPLIED = new LedgerAccount("suspense:unapplied");
  public static final LedgerAccount SUSPENSE_UNMATCHED_RETURN =
      new LedgerAccount("suspense:unmatched-return");
  public static final LedgerAccount SUSPENSE_CHARGEBACK = new LedgerAccount("suspense:chargeback");
  public static final LedgerAccount EXPENSE_PROCESSOR_FEES =
      new LedgerAccount("expense:processor-fees");
  public static final LedgerAccount EXPENSE_WRITE_OFF = new LedgerAccount("expense:write-off");

  public LedgerAccount {
    typeOf(code);
  }

  @JsonCreator
  public static LedgerAccount of(String code) {
    return new LedgerAccount(code);
  }

  public static LedgerAccount receivable(BillingAccountId billingAccount) {
    return new LedgerAccount("receivable:enrollee:" + billingAccount.value());
  }

  public static LedgerAccount clearing(Rail rail) {
    return new LedgerAccount("clearing:" + rail.code());
  }

  public static LedgerAccount payable(IssuerId issuer) {
    return new LedgerAccount("payable:issuer:" + issuer.value());
  }

  @JsonValue
  public String code() {
    return code;
  }

  public AccountType type() {
    return typeOf(code);
  }

  /**
   * The account's family without the household or issuer part ({@code receivable:enrollee}, {@code
   * payable:issuer}); the code itself for the single accounts.
   */
  public String family() {
    if (code.startsWith("receivable:enrollee:")) {
      return "receivable:enrollee";
    }
    if (code.startsWith("payable:issuer:")) {
      return "payable:issuer";
    }
    return code;
  }

  private static AccountType typeOf(String code) {
    if (code == null) {
      throw new IllegalArgumentException("expected a ledger account code, found nothing");
    }
    if (code.startsWith("receivable:enrollee:")) {
      requireIdentifier(code, code.substring("receivable:enrollee:".length()));
      return AccountType.ASSET;
    }
    if (code.startsWith("payable:issuer:")) {
      requireIdentifier(code, code.substring("payable:issuer:".length()));
      return AccountType.LIABILITY;
    }
    if (code.startsWith("clearing:")) {
      Rail.fromCode(code.substring("clearing:".length()));
      return AccountType.ASSET;
    }
    return switch (code) {
      case "cash:premium-trust", "suspense:unmatched-return", "suspense:chargeback" ->
          AccountType.ASSET;
      case "suspense:unapplied" -> AccountType.LIABILITY;
      case "expense:processor-fees", "expense:write-off" -> AccountType.EXPENSE;
      default ->
          throw new IllegalArgumentException(
              "expected an account of the chart of accounts, found '" + code + "'");
    };
  }

  private static void requireIdentifier(String code, String identifier) {
    if (!IDENTIFIER.matcher(identifier).matches()) {
      throw new IllegalArgumentException("malformed account code '" + code + "'");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
