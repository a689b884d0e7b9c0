package org.premiumledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A billing account id: letters, digits, dot, dash or underscore, at most 64 characters. */
public record BillingAccountId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public BillingAccountId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected a billing account id of letters, digits, '.', '-' or '_' (at most 64), found '"
              + value
              + "'");
    }
  }

  @JsonCreator
  public static BillingAccountId of(String value) {
    return new BillingAccountId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
