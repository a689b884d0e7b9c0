package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a processor's fee for a payment; the same fee reference is recorded once. */
public record RecordProcessorFeeCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    String feeReference,
    Money fee,
    LocalDate chargedOn) {}
