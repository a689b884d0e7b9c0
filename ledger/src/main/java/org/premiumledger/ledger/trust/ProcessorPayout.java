package org.premiumledger.ledger.trust;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.ProcessorPayoutRecordedEvent;
import org.premiumledger.ledger.api.RecordProcessorPayoutCommand;
import org.premiumledger.ledger.posting.PostingRules;

/** A processor's payout into the trust account, recorded once per payout reference. */
@Aggregate
class ProcessorPayout {

  @AggregateIdentifier private String payoutKey;
  private ProcessorPayoutRecordedEvent recorded;

  protected ProcessorPayout() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(RecordProcessorPayoutCommand command) {
    if (recorded != null) {
      Repeats.requireSame(
          recorded.amount().equals(command.amount()) && recorded.rail() == command.rail(),
          command.payoutKey());
      return false;
    }
    Repeats.requirePositive(command.amount());

    apply(
        new ProcessorPayoutRecordedEvent(
            command.payoutKey(),
            command.rail(),
            command.payoutReference(),
            command.amount(),
            PostingRules.processorPayout(command.rail(), command.amount(), command.paidOn())));
    return true;
  }

  @EventSourcingHandler
  void on(ProcessorPayoutRecordedEvent event) {
    payoutKey = event.payoutKey();
    recorded = event;
  }
}
