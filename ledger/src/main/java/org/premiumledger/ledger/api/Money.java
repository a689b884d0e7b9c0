package org.premiumledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the minor units (cents) of one ISO 4217 currency. Money is never a
 * floating-point number anywhere in Premium Ledger; see docs/decisions/0002-money.md.
 */
public record Money(long cents, Currency currency) {

  public static final Currency USD = Currency.getInstance("USD");

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money usd(long cents) {
    return new Money(cents, USD);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(cents, other.cents), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(cents, other.cents), currency);
  }

  @JsonIgnore
  public boolean isPositive() {
    return cents > 0;
  }

  /** Formats as dollars and cents, e.g. {@code 1234} becomes {@code 12.34}. */
  @JsonIgnore
  public String toDecimalString() {
    return MoneyFormat.decimal(cents);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + ": one currency per sum");
    }
  }

  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }
}
