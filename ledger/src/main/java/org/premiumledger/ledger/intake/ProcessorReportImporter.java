package org.premiumledger.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.api.Money;
import org.premiumledger.ledger.api.MoneyFormat;
import org.premiumledger.ledger.api.OpenChargebackCommand;
import org.premiumledger.ledger.api.PaymentId;
import org.premiumledger.ledger.api.PaymentIdentity;
import org.premiumledger.ledger.api.Rail;
import org.premiumledger.ledger.api.RecordPaymentCommand;
import org.premiumledger.ledger.api.RecordProcessorFeeCommand;
import org.premiumledger.ledger.api.RecordProcessorPayoutCommand;
import org.premiumledger.ledger.api.ResolveChargebackCommand;

/**
 * What every processor's settlement report means to the ledger, whatever its columns. A payment the
 * portal recorded is matched by the processor's reference; one we never heard of is recorded from
 * the report (unapplied when its account is unknown). Fees post against their payment; refunds are
 * confirmed against the refunds the ledger issued; chargebacks open, reversals win them; payouts
 * move the batch's net from clearing to the trust account. Anything that cannot be matched goes to
 * the exceptions list rather than being guessed at.
 */
abstract class ProcessorReportImporter extends CsvFileImporter<ProcessorItem> {

  final IntakeLedger ledger;

  ProcessorReportImporter(IntakeLedger ledger) {
    this.ledger = ledger;
  }

  /**
   * Whether the report lists its payouts as lines (checked against the batch's net) or only names
   * the payout on each line (the payout is then the batch's net).
   */
  abstract boolean listsPayouts();

  @Override
  List<ProcessorItem> complete(String fileName, List<ProcessorItem> items) {
    Map<String, List<ProcessorItem>> batches = new LinkedHashMap<>();
    for (ProcessorItem item : items) {
      if (item.batch() != null && !item.batch().isBlank()) {
        batches.computeIfAbsent(item.batch(), batch -> new ArrayList<>()).add(item);
      }
    }
    List<ProcessorItem> completed = new ArrayList<>();
    List<ImportRejection> faults = new ArrayList<>();
    for (ProcessorItem item : items) {
      if (item.kind() != ProcessorItem.Kind.PAYOUT) {
        completed.add(item);
      }
    }
    for (Map.Entry<String, List<ProcessorItem>> batch : batches.entrySet()) {
      completed.addAll(payoutsOf(fileName, batch.getKey(), batch.getValue(), faults));
    }
    if (!faults.isEmpty()) {
      throw new Faults(faults);
    }
    return completed;
  }

  /** The batch's payout, split by rail so each rail's clearing account is emptied by its share. */
  private List<ProcessorItem> payoutsOf(
      String fileName, String batch, List<ProcessorItem> lines, List<ImportRejection> faults) {
    List<ProcessorItem> listed =
        lines.stream().filter(item -> item.kind() == ProcessorItem.Kind.PAYOUT).toList();
    Map<Rail, Long> netByRail = new LinkedHashMap<>();
    long net = 0;
    for (ProcessorItem item : lines) {
      if (item.kind() != ProcessorItem.Kind.PAYOUT) {
        netByRail.merge(item.rail(), item.netCents(), Long::sum);
        net += item.netCents();
      }
    }
    if (listsPayouts()) {
      if (listed.isEmpty()) {
        return List.of();
      }
      long paid = listed.stream().mapToLong(item -> item.amount().cents()).sum();
      if (paid != net) {
        ProcessorItem payout = listed.get(0);
        faults.add(
            new ImportRejection(
                fileName,
                payout.line(),
                "payout",
                MoneyFormat.decimal(net) + ", the net of batch " + batch + "'s lines",
                MoneyFormat.decimal(paid)));
        return List.of();
      }
    }
    ProcessorItem model = listed.isEmpty() ? lines.get(lines.size() - 1) : listed.get(0);
    String payoutReference = listed.isEmpty() ? batch : listed.get(0).itemReference();
    List<ProcessorItem> payouts = new ArrayList<>();
    for (Map.Entry<Rail, Long> share : netByRail.entrySet()) {
      if (share.getValue() <= 0) {
        continue;
      }
      String reference =
          netByRail.size() == 1 ? payoutReference : payoutReference + "/" + share.getKey().code();
      payouts.add(
          new ProcessorItem(
              model.line(),
              ProcessorItem.Kind.PAYOUT,
              share.getKey(),
              null,
              reference,
              null,
              new Money(share.getValue(), model.amount().currency()),
              0,
              -share.getValue(),
              model.date(),
              model.at(),
              batch,
              null,
              null));
    }
    return payouts;
  }

  @Override
  void post(ProcessorItem item, String fileName, Tally tally) {
    switch (item.kind()) {
      case PAYMENT -> postPayment(item, fileName, tally);
      case REFUND -> confirmRefund(item, fileName, tally);
      case CHARGEBACK -> openChargeback(item, fileName, tally);
      case CHARGEBACK_REVERSAL -> reverseChargeback(item, fileName, tally);
      case PAYOUT -> postPayout(item, tally);
      case OTHER ->
          listException(item, fileName, tally, "processor-adjustment", "tied to no payment");
    }
  }

  private static PaymentId paymentIdOf(ProcessorItem item) {
    return PaymentId.forIdentity(PaymentIdentity.processor(item.rail(), item.paymentReference()));
  }

  private void postPayment(ProcessorItem item, String fileName, Tally tally) {
    PaymentId paymentId = paymentIdOf(item);
    long eventsBefore = ledger.eventCount(paymentId.value());
    Optional<IntakeLedger.KnownPayment> known = ledger.payment(paymentId);
    boolean unapplied = false;
    if (known.isPresent()) {
      if (!known.get().amount().equals(item.amount())) {
        throw new IntakeFault(
            new ImportRejection(
                fileName,
                item.line(),
                "amount",
                known.get().amount() + " as payment " + item.paymentReference() + " was recorded",
                item.amount().toString()));
      }
    } else {
      boolean accountKnown = item.account() != null && ledger.accountExists(item.account());
      unapplied = !accountKnown;
      ledger.send(
          new RecordPaymentCommand(
              PaymentIdentity.processor(item.rail(), item.paymentReference()),
              accountKnown ? item.account() : null,
              item.rail(),
              item.amount(),
              item.at(),
              null,
              item.method()));
    }
    recordFee(item, paymentId, "settlement:" + item.paymentReference());
    if (unapplied) {
      ledger.listException(
          format(),
          "unapplied:" + item.paymentReference(),
          fileName,
          item.line(),
          "unapplied-payment",
          item.amount(),
          "the report names no billing account we know");
      tally.sentToExceptions++;
    } else {
      count(tally, ledger.eventCount(paymentId.value()) > eventsBefore);
    }
  }

  private void recordFee(ProcessorItem item, PaymentId paymentId, String feeReference) {
    if (item.feeCents() > 0) {
      ledger.send(
          new RecordProcessorFeeCommand(
              paymentId,
              feeReference,
              new Money(item.feeCents(), item.amount().currency()),
              item.date()));
    }
  }

  private void confirmRefund(ProcessorItem item, String fileName, Tally tally) {
    PaymentId paymentId = paymentIdOf(item);
    if (ledger.payment(paymentId).isEmpty()) {
      listException(item, fileName, tally, "refund-unknown-payment", "of a payment we never saw");
      return;
    }
    List<JsonNode> refunds = ledger.events(paymentId.value(), "RefundIssuedEvent");
    boolean issued =
        refunds.stream()
            .anyMatch(
                refund ->
                    refund.path("refundReference").asText().equals(item.itemReference())
                        || refund.path("amount").path("cents").asLong() == item.amount().cents());
    if (!issued) {
      listException(item, fileName, tally, "refund-not-issued", "not issued through the ledger");
      return;
    }
    long eventsBefore = ledger.eventCount(paymentId.value());
    recordFee(item, paymentId, "refund:" + item.itemReference());
    count(tally, ledger.eventCount(paymentId.value()) > eventsBefore);
  }

  private void openChargeback(ProcessorItem item, String fileName, Tally tally) {
    PaymentId paymentId = paymentIdOf(item);
    if (ledger.payment(paymentId).isEmpty()) {
      listException(item, fileName, tally, "chargeback-unknown-payment", "of a payment unknown");
      return;
    }
    long eventsBefore = ledger.eventCount(paymentId.value());
    if (!referencesOf(paymentId, "ChargebackOpenedEvent").contains(item.itemReference())) {
      ledger.send(
          new OpenChargebackCommand(
              paymentId,
              item.itemReference(),
              item.amount(),
              item.reasonCode(),
              item.date(),
              null));
    }
    recordFee(item, paymentId, "chargeback:" + item.itemReference());
    count(tally, ledger.eventCount(paymentId.value()) > eventsBefore);
  }

  private void reverseChargeback(ProcessorItem item, String fileName, Tally tally) {
    PaymentId paymentId = paymentIdOf(item);
    Set<String> opened = referencesOf(paymentId, "ChargebackOpenedEvent");
    if (!opened.contains(item.itemReference())) {
      listException(item, fileName, tally, "reversal-unknown-chargeback", "of no open chargeback");
      return;
    }
    Set<String> closed = referencesOf(paymentId, "ChargebackWonEvent");
    closed.addAll(referencesOf(paymentId, "ChargebackLostEvent"));
    long eventsBefore = ledger.eventCount(paymentId.value());
    if (!closed.contains(item.itemReference())) {
      ledger.send(new ResolveChargebackCommand(paymentId, item.itemReference(), true, item.date()));
    }
    count(tally, ledger.eventCount(paymentId.value()) > eventsBefore);
  }

  private void postPayout(ProcessorItem item, Tally tally) {
    Boolean recorded =
        ledger.send(
            new RecordProcessorPayoutCommand(
                item.rail(), item.itemReference(), item.amount(), item.date()));
    count(tally, Boolean.TRUE.equals(recorded));
  }

  private Set<String> referencesOf(PaymentId paymentId, String eventName) {
    Set<String> references = new HashSet<>();
    for (JsonNode event : ledger.events(paymentId.value(), eventName)) {
      references.add(event.path("chargebackReference").asText());
    }
    return references;
  }

  private void listException(
      ProcessorItem item, String fileName, Tally tally, String kind, String why) {
    String key = kind + ":" + item.paymentReference() + ":" + item.itemReference();
    Money amount = item.amount();
    String reason =
        item.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " "
            + (item.itemReference() == null ? "" : item.itemReference() + " ")
            + why;
    if (ledger.listException(format(), key, fileName, item.line(), kind, amount, reason)) {
      tally.sentToExceptions++;
    } else {
      tally.alreadyPresent++;
    }
  }

  private static void count(Tally tally, boolean postedSomething) {
    if (postedSomething) {
      tally.posted++;
    } else {
      tally.alreadyPresent++;
    }
  }
}
