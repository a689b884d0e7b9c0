package org.premiumledger.ledger.api;

/** How a payment was made, masked: never a card number, never a full bank account number. */
public record PaymentMethod(String brand, String last4, Integer expiryMonth, Integer expiryYear) {
  public PaymentMethod {
    if (last4 != null && !last4.matches("\\d{4}")) {
      throw new IllegalArgumentException("expected the last four digits, found '" + last4 + "'");
    }
    if (expiryMonth != null && (expiryMonth < 1 || expiryMonth > 12)) {
      throw new IllegalArgumentException("expected an expiry month 1-12, found " + expiryMonth);
    }
  }

  public static PaymentMethod none() {
    return new PaymentMethod(null, null, null, null);
  }

  /** For screens: "Visa •••• 4242". */
  public String masked() {
    String name = brand == null ? "" : brand + " ";
    return last4 == null ? name.trim() : name + "\u2022\u2022\u2022\u2022 " + last4;
  }
}
