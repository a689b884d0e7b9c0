package org.premiumledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The way money reached the exchange; each rail has its own clearing account. */
public enum Rail {
  ACH("ach"),
  CARD("card"),
  WALLET("wallet"),
  THIRD_PARTY("third-party"),
  CHECK("check");

  private final String code;

  Rail(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** Card networks and processors can charge a payment back; banks and checks cannot. */
  public boolean canBeChargedBack() {
    return this == CARD || this == WALLET || this == THIRD_PARTY;
  }

  @JsonCreator
  public static Rail fromCode(String code) {
    return Arrays.stream(values())
        .filter(rail -> rail.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected one of ach, card, wallet, third-party, check; found '" + code + "'"));
  }
}
