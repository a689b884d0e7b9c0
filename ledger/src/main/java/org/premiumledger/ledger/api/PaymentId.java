package org.premiumledger.ledger.api;

import java.util.UUID;

/**
 * The id of a payment, derived from its identity so that a second delivery names the same payment.
 */
public record PaymentId(String value) {
  public PaymentId {
    UUID.fromString(value);
  }

  public static PaymentId forIdentity(PaymentIdentity identity) {
    byte[] key = identity.key().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new PaymentId(UUID.nameUUIDFromBytes(key).toString());
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }

  @com.fasterxml.jackson.annotation.JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
