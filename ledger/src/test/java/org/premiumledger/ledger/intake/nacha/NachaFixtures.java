package org.premiumledger.ledger.intake.nacha;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.premiumledger.ledger.intake.nacha.NachaFile.Addenda;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.BatchHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.FileHeader;

/** Builds NACHA files for tests: our ODFI is 021000021, the Fed's destination 011000015. */
final class NachaFixtures {

  static final String OUR_ODFI_ROUTING = "021000021";
  static final String OUR_ODFI_ID = "02100002";
  static final String DESTINATION = "011000015";
  static final String RETURNING_BANK_ID = "02600959";

  private NachaFixtures() {}

  static FileHeader header(char modifier) {
    return new FileHeader(
        DESTINATION,
        OUR_ODFI_ROUTING,
        LocalDate.of(2027, 1, 4),
        LocalTime.of(9, 30),
        modifier,
        "FEDERAL RESERVE BANK",
        "HEALTH CONNECTOR",
        "");
  }

  static BatchHeader batchHeader(
      int serviceClass, String sec, String odfiId, LocalDate effective, int batchNumber) {
    return new BatchHeader(
        0,
        serviceClass,
        "HEALTH CONNECTOR",
        "",
        "1234567890",
        sec,
        "PREMIUM",
        "",
        effective,
        "",
        '1',
        odfiId,
        batchNumber);
  }

  static EntryDetail debit(
      int code,
      String rdfiRouting,
      String account,
      long cents,
      String billingAccount,
      String trace,
      Addenda addenda) {
    return new EntryDetail(
        0, code, rdfiRouting, account, cents, billingAccount, "ANA DIAZ", "  ", trace, addenda);
  }

  static EntryDetail webDebit(
      String rdfiRouting, String account, long cents, String billingAccount, String trace) {
    return new EntryDetail(
        0, 27, rdfiRouting, account, cents, billingAccount, "LUIS PEREZ", "S ", trace, null);
  }

  static String trace(String bankId, long sequence) {
    return bankId + String.format("%07d", sequence);
  }

  /** A file of PPD and WEB debits of premiums, one entry per account given. */
  static NachaFile debitFile(char modifier, LocalDate effective, List<DebitLine> debits) {
    List<EntryDetail> entries = new ArrayList<>();
    for (DebitLine debit : debits) {
      entries.add(
          debit(
              debit.code(),
              debit.rdfiRouting(),
              debit.account(),
              debit.cents(),
              debit.billingAccount(),
              debit.trace(),
              null));
    }
    return new NachaFile(
        header(modifier),
        List.of(new Batch(batchHeader(225, "PPD", OUR_ODFI_ID, effective, 1), entries)));
  }

  /** One debit we originated. */
  record DebitLine(
      int code,
      String rdfiRouting,
      String account,
      long cents,
      String billingAccount,
      String trace) {}
}
