package org.premiumledger.ledger.intake.nacha;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.premiumledger.ledger.api.BankAccountRecordedEvent;
import org.premiumledger.ledger.api.BankDetailsChangedEvent;
import org.premiumledger.ledger.api.ChangeBankDetailsCommand;
import org.premiumledger.ledger.api.RecordBankAccountCommand;

/**
 * The bank account a household's premiums are debited from and its refunds credited to, sealed.
 * Changes come from the entries we originate and from the banks' notifications of change; each
 * notification applies once.
 */
@Aggregate
class BankAccountOnFile {

  @AggregateIdentifier private String bankAccountOnFileId;
  private String fingerprint;
  private final Set<String> appliedNotifications = new HashSet<>();

  protected BankAccountOnFile() {}

  /** True when the account on file changed. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(RecordBankAccountCommand command) {
    if (command.account().fingerprint().equals(fingerprint)) {
      return false;
    }

    apply(
        new BankAccountRecordedEvent(
            command.billingAccountId(), command.account(), command.sourceTraceNumber()));
    return true;
  }

  /** True when the notification was new. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  boolean handle(ChangeBankDetailsCommand command) {
    if (appliedNotifications.contains(command.notificationTraceNumber())) {
      return false;
    }

    apply(
        new BankDetailsChangedEvent(
            command.billingAccountId(),
            command.changeCode(),
            command.sealedCorrectedData(),
            command.account(),
            command.originalTraceNumber(),
            command.notificationTraceNumber()));
    return true;
  }

  @EventSourcingHandler
  void on(BankAccountRecordedEvent event) {
    bankAccountOnFileId = RecordBankAccountCommand.bankAccountOnFileId(event.billingAccountId());
    fingerprint = event.account().fingerprint();
  }

  @EventSourcingHandler
  void on(BankDetailsChangedEvent event) {
    bankAccountOnFileId = RecordBankAccountCommand.bankAccountOnFileId(event.billingAccountId());
    fingerprint = event.account().fingerprint();
    appliedNotifications.add(event.notificationTraceNumber());
  }
}
