package org.premiumledger.ledger.trust;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.RecordUnmatchedReturnCommand;
import org.premiumledger.ledger.api.UnmatchedReturnRecordedEvent;
import org.premiumledger.ledger.posting.PostingRules;

/** An ACH return that matches no payment, held in suspense; recorded once per return trace. */
@Aggregate
class UnmatchedReturn {

  @AggregateIdentifier private String returnReference;
  private UnmatchedReturnRecordedEvent recorded;

  protected UnmatchedReturn() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(RecordUnmatchedReturnCommand command) {
    if (recorded != null) {
      Repeats.requireSame(
          recorded.amount().equals(command.amount())
              && recorded.originalTraceNumber().equals(command.originalTraceNumber()),
          command.returnReference());
      return false;
    }
    Repeats.requirePositive(command.amount());

    apply(
        new UnmatchedReturnRecordedEvent(
            command.returnReference(),
            command.originalTraceNumber(),
            command.reasonCode(),
            command.amount(),
            PostingRules.achReturnUnmatched(command.amount(), command.returnedOn())));
    return true;
  }

  @EventSourcingHandler
  void on(UnmatchedReturnRecordedEvent event) {
    returnReference = event.returnReference();
    recorded = event;
  }
}
