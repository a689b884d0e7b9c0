package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a processor's payout to the trust account; one payout reference is recorded once. */
public record RecordProcessorPayoutCommand(
    @TargetAggregateIdentifier String payoutKey,
    Rail rail,
    String payoutReference,
    Money amount,
    LocalDate paidOn) {
  public RecordProcessorPayoutCommand(
      Rail rail, String payoutReference, Money amount, LocalDate paidOn) {
    this(rail.code() + ":" + payoutReference, rail, payoutReference, amount, paidOn);
  }
}
