package org.premiumledger.ledger.trust;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.IssuerRemittedEvent;
import org.premiumledger.ledger.api.RemitToIssuerCommand;
import org.premiumledger.ledger.posting.PostingRules;

/** A remittance of collected premiums to an issuer, recorded once per remittance reference. */
@Aggregate
class IssuerRemittance {

  @AggregateIdentifier private String remittanceReference;
  private IssuerRemittedEvent recorded;

  protected IssuerRemittance() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(RemitToIssuerCommand command) {
    if (recorded != null) {
      Repeats.requireSame(
          recorded.amount().equals(command.amount())
              && recorded.issuerId().equals(command.issuerId()),
          command.remittanceReference());
      return false;
    }
    Repeats.requirePositive(command.amount());

    apply(
        new IssuerRemittedEvent(
            command.remittanceReference(),
            command.issuerId(),
            command.amount(),
            PostingRules.issuerRemittance(command.issuerId(), command.amount(), command.paidOn())));
    return true;
  }

  @EventSourcingHandler
  void on(IssuerRemittedEvent event) {
    remittanceReference = event.remittanceReference();
    recorded = event;
  }
}
