package org.premiumledger.ledger.intake.nacha;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.premiumledger.ledger.api.PaymentReceivedEvent;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.premiumledger.ledger.posting.PostingRules;
import org.springframework.stereotype.Component;

/**
 * The bulk path for ACH debits new to the ledger: appends, in the current unit of work, exactly the
 * first event the Payment aggregate would apply for each (sequence 0 of the payment's stream), so
 * the whole batch goes to the event store in one JDBC batch and the book writes it in the same
 * transaction. The planner has already checked, for the whole file, what the aggregate checks for
 * one payment: a positive amount, a known billing account in USD, a trace number no payment has.
 * The event store's unique (aggregate, sequence) constraint still decides: a payment created
 * meanwhile by another import fails the batch, which then posts command by command. See
 * docs/readme/nacha.md.
 */
@Component
class PaymentReceipts {

  /** The aggregate type Axon records for the Payment aggregate's events. */
  static final String PAYMENT_AGGREGATE_TYPE = "Payment";

  private final EventStore eventStore;
  private final LedgerSettings settings;

  PaymentReceipts(EventStore eventStore, LedgerSettings settings) {
    this.eventStore = eventStore;
    this.settings = settings;
  }

  /** Must run inside a unit of work: the events are stored when it commits. */
  void appendNew(List<RecordPaymentCommand> payments) {
    List<DomainEventMessage<PaymentReceivedEvent>> events =
        payments.stream().map(this::receipt).toList();
    eventStore.publish(events);
  }

  /** What Payment's handler of RecordPaymentCommand applies for a new ACH payment. */
  DomainEventMessage<PaymentReceivedEvent> receipt(RecordPaymentCommand command) {
    if (command.rail() != Rail.ACH || command.billingAccountId() == null) {
      throw new IllegalArgumentException("the bulk path records ACH debits of known accounts only");
    }
    LocalDate receivedOn = command.receivedAt().atZone(settings.getZone()).toLocalDate();
    LocalDate settlementDate = Objects.requireNonNullElse(command.settlementDate(), receivedOn);
    PaymentReceivedEvent event =
        new PaymentReceivedEvent(
            command.paymentId(),
            command.identity(),
            command.billingAccountId(),
            command.rail(),
            command.amount(),
            command.receivedAt(),
            settlementDate,
            command.method(),
            PostingRules.paymentReceived(
                command.billingAccountId(), command.rail(), command.amount(), receivedOn));
    return new GenericDomainEventMessage<>(
        PAYMENT_AGGREGATE_TYPE, command.paymentId().value(), 0, event);
  }
}
