package org.premiumledger.ledger.intake.nacha;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.intake.nacha.BankAccounts.BankAccount;
import org.premiumledger.ledger.intake.nacha.NachaFile.ChangeAddenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.ReturnAddenda;

/**
 * What a checked file will post, entry by entry, or why it posts nothing. Prenotifications carry no
 * money and post nothing.
 */
record NachaPlan(
    List<DebitItem> debits,
    List<ReturnItem> returns,
    List<ChangeItem> changes,
    List<ImportRejection> rejections) {

  static NachaPlan rejected(List<ImportRejection> rejections) {
    return new NachaPlan(List.of(), List.of(), List.of(), rejections);
  }

  /** What posting one entry came to. */
  enum Outcome {
    POSTED,
    ALREADY_PRESENT,
    SENT_TO_EXCEPTIONS,
    NOTHING_TO_POST
  }

  /**
   * A premium debit we originated; {@code recordAccount} when its bank account should become the
   * one on file (the household's last entry in the file, and another account than on file); {@code
   * newToLedger} when no payment had its trace number when the file was checked.
   */
  record DebitItem(
      RecordPaymentCommand payment,
      BankAccount account,
      boolean recordAccount,
      boolean newToLedger) {}

  /** A return entry and the payment it returns, if the ledger knows it. */
  record ReturnItem(
      EntryDetail entry,
      ReturnAddenda addenda,
      LocalDate returnedOn,
      KnownPayment payment,
      boolean alreadyDealtWith) {}

  /** A notification of change and the payment of the entry it corrects, if the ledger knows it. */
  record ChangeItem(EntryDetail entry, ChangeAddenda addenda, KnownPayment payment) {}

  /** A payment as the ledger recorded it. */
  record KnownPayment(
      PaymentId paymentId,
      BillingAccountId billingAccountId,
      String rail,
      long amountCents,
      Instant receivedAt) {}
}
