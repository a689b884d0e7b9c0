package org.premiumledger.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a payment; delivering the same identity again answers with the first payment's id. */
public record RecordPaymentCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    PaymentIdentity identity,
    BillingAccountId billingAccountId,
    Rail rail,
    Money amount,
    Instant receivedAt,
    LocalDate settlementDate,
    PaymentMethod method) {
  public RecordPaymentCommand(
      PaymentIdentity identity,
      BillingAccountId billingAccountId,
      Rail rail,
      Money amount,
      Instant receivedAt,
      LocalDate settlementDate,
      PaymentMethod method) {
    this(
        PaymentId.forIdentity(identity),
        identity,
        billingAccountId,
        rail,
        amount,
        receivedAt,
        settlementDate,
        method);
  }
}
