package org.premiumledger.ledger.api;

import java.time.LocalDate;

/**
 * The identity a payment's source gives it: an ACH trace number, a processor's reference, a lockbox
 * deposit and check number. Delivering one identity twice records one payment.
 */
public record PaymentIdentity(String source, String reference) {
  public PaymentIdentity {
    if (source == null || !source.matches("[a-z][a-z0-9-]{1,31}")) {
      throw new IllegalArgumentException(
          "expected a payment source such as ach-trace, found '" + source + "'");
    }
    if (reference == null
        || reference.isBlank()
        || reference.length() > 128
        || reference.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "expected a payment reference of 1 to 128 printable characters, found '"
              + reference
              + "'");
    }
  }

  public static PaymentIdentity achTrace(String traceNumber) {
    return new PaymentIdentity("ach-trace", traceNumber);
  }

  public static PaymentIdentity processor(Rail rail, String processorReference) {
    return new PaymentIdentity("processor-" + rail.code(), processorReference);
  }

  public static PaymentIdentity lockbox(LocalDate depositDate, String checkNumber) {
    return new PaymentIdentity("lockbox", depositDate + "/" + checkNumber);
  }

  public String key() {
    return source + ":" + reference;
  }
}
