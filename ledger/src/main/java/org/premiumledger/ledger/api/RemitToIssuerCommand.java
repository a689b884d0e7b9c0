package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a remittance of collected premiums to an issuer. */
public record RemitToIssuerCommand(
    @TargetAggregateIdentifier String remittanceReference,
    IssuerId issuerId,
    Money amount,
    LocalDate paidOn) {}
