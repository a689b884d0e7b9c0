package org.premiumledger.ledger.intake.nacha;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.premiumledger.ledger.api.AchChangeCode;
import org.premiumledger.ledger.api.AchExceptionKind;
import org.premiumledger.ledger.api.AchReturnReason;
import org.premiumledger.ledger.api.ChangeBankDetailsCommand;
import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.PaymentRecordedResponse;
import org.premiumledger.ledger.api.RecordAchExceptionCommand;
import org.premiumledger.ledger.api.RecordBankAccountCommand;
import org.premiumledger.ledger.api.RecordUnmatchedReturnCommand;
import org.premiumledger.ledger.api.ReturnPaymentCommand;
import org.premiumledger.ledger.intake.nacha.BankAccounts.BankAccount;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;
import org.premiumledger.ledger.intake.nacha.NachaPlan.ChangeItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.DebitItem;
import org.premiumledger.ledger.intake.nacha.NachaPlan.Outcome;
import org.premiumledger.ledger.intake.nacha.NachaPlan.ReturnItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts planned entries through their aggregates. Every command here is idempotent, so a repeated
 * file answers "already present" instead of posting twice.
 *
 * <p>Debits post in batches: one unit of work and one database transaction hold a batch's commands,
 * so their events are appended together and the batch commits once. Each command still runs its
 * aggregate's rules. When a batch fails as a whole (another import posting the same payments on
 * another node, a refusal), it is rolled back and its entries post one by one, each in its own
 * transaction, through the retrying gateway.
 */
@Component
class NachaPoster {

  private static final Logger log = LoggerFactory.getLogger(NachaPoster.class);

  private final CommandGateway commands;
  private final CommandGateway commandsInBatch;
  private final TransactionManager transactions;
  private final BankAccounts bankAccounts;
  private final PaymentReceipts receipts;

  NachaPoster(
      CommandGateway commands,
      CommandBus commandBus,
      TransactionManager transactions,
      BankAccounts bankAccounts,
      PaymentReceipts receipts) {
    this.commands = commands;
    // no retries inside a batch: a failure rolls the batch back, and the entries then post alone
    this.commandsInBatch = DefaultCommandGateway.builder().commandBus(commandBus).build();
    this.transactions = transactions;
    this.bankAccounts = bankAccounts;
    this.receipts = receipts;
  }

  /**
   * Posts a batch of debits in one transaction. Aggregates are locked in trace number order, then
   * bank accounts in billing account order, so two batches sharing payments never wait on each
   * other in a circle.
   */
  List<Outcome> postBatch(List<DebitItem> batch) {
    List<DebitItem> ordered = new ArrayList<>(batch);
    ordered.sort(Comparator.comparing(debit -> debit.payment().identity().reference()));
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    ResultMessage<List<Outcome>> result =
        unitOfWork.executeWithResult(
            () -> postTogether(ordered), RollbackConfigurationType.ANY_THROWABLE);
    if (!result.isExceptional()) {
      return result.getPayload();
    }

    log.info(
        "nacha debit batch rolled back, posting its entries one by one entries={} cause={}",
        ordered.size(),
        result.exceptionResult().getClass().getSimpleName());
    return postOneByOne(ordered);
  }

  /** Posts every entry it can; the first failure, if any, is rethrown once all were tried. */
  private List<Outcome> postOneByOne(List<DebitItem> debits) {
    List<Outcome> outcomes = new ArrayList<>(debits.size());
    RuntimeException firstFailure = null;
    for (DebitItem debit : debits) {
      try {
        outcomes.add(post(debit));
      } catch (RuntimeException failure) {
        firstFailure = firstFailure == null ? failure : firstFailure;
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return outcomes;
  }

  private List<Outcome> postTogether(List<DebitItem> ordered) {
    List<Outcome> outcomes = new ArrayList<>(ordered.size());
    List<DebitItem> newAccounts = new ArrayList<>();
    List<DebitItem> newToLedger = ordered.stream().filter(DebitItem::newToLedger).toList();
    receipts.appendNew(newToLedger.stream().map(DebitItem::payment).toList());
    for (DebitItem debit : ordered) {
      boolean posted;
      if (debit.newToLedger()) {
        posted = true;
      } else {
        PaymentRecordedResponse recorded = commandsInBatch.sendAndWait(debit.payment());
        posted = !recorded.repeatedDelivery();
      }
      outcomes.add(posted ? Outcome.POSTED : Outcome.ALREADY_PRESENT);
      if (posted && debit.recordAccount()) {
        newAccounts.add(debit);
      }
    }
    newAccounts.sort(Comparator.comparing(debit -> debit.payment().billingAccountId().value()));
    for (DebitItem debit : newAccounts) {
      commandsInBatch.sendAndWait(recordAccount(debit));
    }
    return outcomes;
  }

  private RecordBankAccountCommand recordAccount(DebitItem debit) {
    return new RecordBankAccountCommand(
        debit.payment().billingAccountId(),
        bankAccounts.seal(debit.account()),
        debit.payment().identity().reference());
  }

  Outcome post(DebitItem debit) {
    PaymentRecordedResponse recorded = commands.sendAndWait(debit.payment());
    if (recorded.repeatedDelivery()) {
      return Outcome.ALREADY_PRESENT;
    }

    if (debit.recordAccount()) {
      commands.sendAndWait(recordAccount(debit));
    }
    return Outcome.POSTED;
  }

  Outcome post(ReturnItem item) {
    if (item.alreadyDealtWith()) {
      return Outcome.ALREADY_PRESENT;
    }
    EntryDetail entry = item.entry();
    ReturnAddenda addenda = item.addenda();
    AchReturnReason reason = AchReturnReason.fromCode(addenda.reasonCode()).orElseThrow();
    Money amount = Money.usd(entry.amountCents());

    if (reason.isDishonoredReturn()) {
      return exception(item, AchExceptionKind.DISHONORED_RETURN, reason);
    }
    if (reason.isContestedDishonoredReturn()) {
      return exception(item, AchExceptionKind.CONTESTED_DISHONORED_RETURN, reason);
    }
    if (!entry.isDebit()) {
      return exception(item, AchExceptionKind.RETURN_OF_REFUND_CREDIT, reason);
    }
    if (item.payment() == null) {
      boolean recorded =
          commands.sendAndWait(
              new RecordUnmatchedReturnCommand(
                  entry.traceNumber(),
                  addenda.originalTraceNumber(),
                  reason.code(),
                  amount,
                  item.returnedOn()));
      return recorded ? Outcome.SENT_TO_EXCEPTIONS : Outcome.ALREADY_PRESENT;
    }
    if (item.payment().amountCents() != entry.amountCents()) {
      return exception(item, AchExceptionKind.RETURN_AMOUNT_MISMATCH, reason);
    }

    try {
      boolean posted =
          commands.sendAndWait(
              new ReturnPaymentCommand(
                  item.payment().paymentId(),
                  entry.traceNumber(),
                  reason.code(),
                  item.returnedOn()));
      return posted ? Outcome.POSTED : Outcome.ALREADY_PRESENT;
    } catch (LedgerRefusedException refused) {
      if (refused.refusal() == LedgerRefusal.ALREADY_RETURNED) {
        return exception(item, AchExceptionKind.ALREADY_RETURNED, reason);
      }
      if (refused.refusal() == LedgerRefusal.PAYMENT_VOIDED) {
        return exception(item, AchExceptionKind.RETURN_OF_VOIDED_PAYMENT, reason);
      }
      throw refused;
    }
  }

  Outcome post(ChangeItem item) {
    EntryDetail entry = item.entry();
    ChangeAddenda addenda = item.addenda();
    AchChangeCode code = AchChangeCode.fromCode(addenda.changeCode()).orElseThrow();
    if (item.payment() == null || item.payment().billingAccountId() == null) {
      boolean recorded =
          commands.sendAndWait(
              new RecordAchExceptionCommand(
                  entry.traceNumber(),
                  addenda.originalTraceNumber(),
                  AchExceptionKind.UNMATCHED_NOTIFICATION_OF_CHANGE,
                  code.code(),
                  Money.usd(0),
                  code.code() + " " + code.meaning()));
      return recorded ? Outcome.SENT_TO_EXCEPTIONS : Outcome.ALREADY_PRESENT;
    }

    boolean applied =
        commands.sendAndWait(
            new ChangeBankDetailsCommand(
                item.payment().billingAccountId(),
                code,
                bankAccounts.sealCorrectedData(addenda.correctedData()),
                bankAccounts.seal(corrected(entry, code, addenda.correctedData())),
                addenda.originalTraceNumber(),
                entry.traceNumber()));
    return applied ? Outcome.POSTED : Outcome.ALREADY_PRESENT;
  }

  /** The account of the original entry (which the NOC repeats), with the bank's corrections. */
  static BankAccount corrected(EntryDetail entry, AchChangeCode code, String correctedData) {
    CorrectedData corrected = CorrectedData.of(code, correctedData);
    return new BankAccount(
        corrected.routingNumber() != null ? corrected.routingNumber() : entry.rdfiRoutingNumber(),
        corrected.accountNumber() != null ? corrected.accountNumber() : entry.accountNumber(),
        TransactionCodes.accountType(
            corrected.transactionCode() != null
                ? corrected.transactionCode()
                : entry.transactionCode()),
        entry.individualName());
  }

  private Outcome exception(ReturnItem item, AchExceptionKind kind, AchReturnReason reason) {
    String detail =
        reason.code()
            + " "
            + reason.meaning()
            + (item.payment() == null ? "" : "; payment " + item.payment().paymentId());
    boolean recorded =
        commands.sendAndWait(
            new RecordAchExceptionCommand(
                item.entry().traceNumber(),
                item.addenda().originalTraceNumber(),
                kind,
                reason.code(),
                Money.usd(item.entry().amountCents()),
                detail));
    return recorded ? Outcome.SENT_TO_EXCEPTIONS : Outcome.ALREADY_PRESENT;
  }
}
