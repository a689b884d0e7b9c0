package org.premiumledger.ledger.intake.nacha;

import java.util.List;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;

/** What a batch or file control record must say about its entries. */
record Totals(long entryAndAddendaCount, long entryHash, long debitCents, long creditCents) {

  static Totals of(List<EntryDetail> entries) {
    long count = 0;
    long hash = 0;
    long debits = 0;
    long credits = 0;
    for (EntryDetail entry : entries) {
      count += entry.addenda() == null ? 1 : 2;
      hash += Long.parseLong(entry.rdfiId());
      if (entry.isDebit()) {
        debits = Math.addExact(debits, entry.amountCents());
      } else {
        credits = Math.addExact(credits, entry.amountCents());
      }
    }
    return new Totals(count, hash % NachaParser.ENTRY_HASH_MODULUS, debits, credits);
  }
}
