package org.premiumledger.ledger.intake.nacha;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.AchExceptionRecordedEvent;
import org.premiumledger.ledger.api.RecordAchExceptionCommand;

/** An ACH entry refused by name, waiting for staff; recorded once per entry trace number. */
@Aggregate
class AchException {

  @AggregateIdentifier private String achExceptionId;

  protected AchException() {}

  /** True when the exception is new; a repeated file answers false. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(RecordAchExceptionCommand command) {
    if (achExceptionId != null) {
      return false;
    }

    apply(
        new AchExceptionRecordedEvent(
            command.traceNumber(),
            command.originalTraceNumber(),
            command.kind(),
            command.reasonCode(),
            command.amount(),
            command.detail()));
    return true;
  }

  @EventSourcingHandler
  void on(AchExceptionRecordedEvent event) {
    achExceptionId = "ach-exception:" + event.traceNumber();
  }
}
