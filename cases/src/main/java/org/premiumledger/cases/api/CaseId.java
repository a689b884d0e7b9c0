package org.premiumledger.cases.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The id of a dispute case: a UUID, random or derived from what opened the case. */
public record CaseId(String value) {

  public CaseId {
    UUID.fromString(value);
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID().toString());
  }

  /** The same origin (a detected pair, a return, a chargeback) always names the same case. */
  public static CaseId derivedFrom(String origin) {
    return new CaseId(UUID.nameUUIDFromBytes(origin.getBytes(StandardCharsets.UTF_8)).toString());
  }

  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  /** The short number staff and households quote: the first eight characters, upper case. */
  public String caseNumber() {
    return value.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
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
