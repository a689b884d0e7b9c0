package org.premiumledger.ledger.intake.nacha;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A NACHA file as its records say, without the control records (which the writer computes and the
 * parser checks). Line numbers are where the parser found a record; the writer ignores them.
 */
record NachaFile(FileHeader header, List<Batch> batches) {

  NachaFile {
    batches = List.copyOf(batches);
  }

  List<EntryDetail> entries() {
    return batches.stream().flatMap(batch -> batch.entries().stream()).toList();
  }

  /** Record type 1. */
  record FileHeader(
      String immediateDestination,
      String immediateOrigin,
      LocalDate creationDate,
      LocalTime creationTime,
      char fileIdModifier,
      String destinationName,
      String originName,
      String referenceCode) {}

  /** Record types 5 (with its entries) and 8, which mirrors the header. */
  record Batch(BatchHeader header, List<EntryDetail> entries) {
    Batch {
      entries = List.copyOf(entries);
    }
  }

  /** Record type 5. {@code settlementDay} is the Julian day the ACH operator inserts, or blank. */
  record BatchHeader(
      int line,
      int serviceClassCode,
      String companyName,
      String discretionaryData,
      String companyId,
      String secCode,
      String entryDescription,
      String descriptiveDate,
      LocalDate effectiveEntryDate,
      String settlementDay,
      char originatorStatusCode,
      String odfiId,
      int batchNumber) {

    boolean isNotificationOfChange() {
      return "COR".equals(secCode);
    }
  }

  /** Record type 6 and its addenda record (type 7), if any. */
  record EntryDetail(
      int line,
      int transactionCode,
      String rdfiRoutingNumber,
      String accountNumber,
      long amountCents,
      String individualId,
      String individualName,
      String discretionaryData,
      String traceNumber,
      Addenda addenda) {

    String rdfiId() {
      return rdfiRoutingNumber.substring(0, 8);
    }

    boolean isDebit() {
      return TransactionCodes.isDebit(transactionCode);
    }

    EntryDetail atLine(int newLine) {
      return new EntryDetail(
          newLine,
          transactionCode,
          rdfiRoutingNumber,
          accountNumber,
          amountCents,
          individualId,
          individualName,
          discretionaryData,
          traceNumber,
          addenda == null ? null : addenda.atLine(0));
    }
  }

  /** Record type 7: payment information (05), a notification of change (98) or a return (99). */
  sealed interface Addenda {
    int line();

    Addenda atLine(int line);
  }

  /** Addenda type 05 of PPD and WEB entries. */
  record PaymentAddenda(int line, String paymentRelatedInformation) implements Addenda {
    @Override
    public Addenda atLine(int newLine) {
      return new PaymentAddenda(newLine, paymentRelatedInformation);
    }
  }

  /**
   * Addenda type 99. For dishonored (R61-R69) and contested dishonored returns (R70-R77) the fields
   * after the original trace differ; they are kept in {@code information}.
   */
  record ReturnAddenda(
      int line,
      String reasonCode,
      String originalTraceNumber,
      LocalDate dateOfDeath,
      String originalRdfiId,
      String information)
      implements Addenda {
    @Override
    public Addenda atLine(int newLine) {
      return new ReturnAddenda(
          newLine, reasonCode, originalTraceNumber, dateOfDeath, originalRdfiId, information);
    }
  }

  /** Addenda type 98 of a notification of change (SEC code COR). */
  record ChangeAddenda(
      int line,
      String changeCode,
      String originalTraceNumber,
      String originalRdfiId,
      String correctedData)
      implements Addenda {
    @Override
    public Addenda atLine(int newLine) {
      return new ChangeAddenda(
          newLine, changeCode, originalTraceNumber, originalRdfiId, correctedData);
    }
  }
}
