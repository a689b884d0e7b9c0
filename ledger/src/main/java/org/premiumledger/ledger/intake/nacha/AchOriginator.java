package org.premiumledger.ledger.intake.nacha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.premiumledger.ledger.api.AchOriginationReport;
import org.premiumledger.ledger.api.OriginateAchRefundsCommand;
import org.premiumledger.ledger.intake.nacha.BankAccounts.BankAccount;
import org.premiumledger.ledger.intake.nacha.NachaFile.Batch;
import org.premiumledger.ledger.intake.nacha.NachaFile.BatchHeader;
import org.premiumledger.ledger.intake.nacha.NachaFile.EntryDetail;
import org.premiumledger.ledger.intake.nacha.NachaFile.FileHeader;
import org.premiumledger.ledger.platform.LedgerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes NACHA files of PPD credits for the approved ACH refunds not yet sent. The refunds, the
 * file's row and its sealed content commit in one transaction, whose primary key on the refund puts
 * each refund in exactly one file, ever; the file is written to disk only after that commit, so a
 * failure can leave a file unwritten (its content is kept, sealed) but never sends a refund twice.
 * Every file is read back by our own parser before it is kept.
 */
@Component
class AchOriginator {

  static final String FILE_PURPOSE = "originated-file";
  private static final String FILE_ID_MODIFIERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final Logger log = LoggerFactory.getLogger(AchOriginator.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final AchSettings ach;
  private final LedgerSettings ledger;
  private final BankAccounts bankAccounts;
  private final BankAccountCipher cipher;
  private final Clock clock;

  AchOriginator(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      AchSettings ach,
      LedgerSettings ledger,
      BankAccounts bankAccounts,
      BankAccountCipher cipher,
      Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.ach = ach;
    this.ledger = ledger;
    this.bankAccounts = bankAccounts;
    this.cipher = cipher;
    this.clock = clock;
  }

  @CommandHandler
  AchOriginationReport handle(OriginateAchRefundsCommand command) {
    Path out = command.out().toAbsolutePath();
    if (Files.exists(out)) {
      throw new IllegalArgumentException(
          out + " already exists; a file the bank may not have received is never overwritten");
    }

    Origination origination = ownTransaction.execute(status -> originate(command));
    if (origination.content() != null) {
      writeAtomically(out, origination.content());
    }
    log.info(
        "ach refunds originated entries={} creditCents={} waitingWithoutAccount={}",
        origination.entries(),
        origination.creditCents(),
        origination.refundsWithoutBankAccount().size());
    return new AchOriginationReport(
        origination.content() == null ? null : out.getFileName().toString(),
        origination.sha256(),
        origination.entries(),
        origination.creditCents(),
        origination.refundsWithoutBankAccount());
  }

  private Origination originate(OriginateAchRefundsCommand command) {
    List<WaitingRefund> waiting = waitingRefunds();
    List<WaitingRefund> withoutAccount = new ArrayList<>();
    List<WaitingRefund> sendable = new ArrayList<>();
    for (WaitingRefund refund : waiting) {
      boolean fits =
          refund.sealedAccount() != null
              && "USD".equals(refund.currency())
              && refund.billingAccountId() != null
              && refund.billingAccountId().length() <= 15;
      if (fits) {
        sendable.add(refund);
      } else {
        withoutAccount.add(refund);
      }
    }
    List<String> unsendable = withoutAccount.stream().map(WaitingRefund::refundReference).toList();
    if (sendable.isEmpty()) {
      return new Origination(null, null, 0, 0, unsendable);
    }

    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ledger.getZone()));
    List<EntryDetail> entries = new ArrayList<>();
    List<String> traces = new ArrayList<>();
    for (WaitingRefund refund : sendable) {
      String trace = nextTraceNumber();
      traces.add(trace);
      entries.add(credit(refund, bankAccounts.open(refund.sealedAccount()), trace));
    }
    NachaFile file =
        new NachaFile(
            fileHeader(now),
            List.of(new Batch(batchHeader(nextBusinessDay(now.toLocalDate())), entries)));
    byte[] content = NachaWriter.write(file);
    requireReadsBack(content, file);

    String sha256 = NachaImporter.sha256(content);
    long creditCents = Totals.of(entries).creditCents();
    UUID fileId = UUID.randomUUID();
    jdbc.update(
        """
        insert into nacha_origination_file (file_id, file_name, sha256, sealed_content,
            entry_count, credit_cents, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        fileId,
        command.out().getFileName().toString(),
        sha256,
        cipher.sealBytes(content, FILE_PURPOSE),
        entries.size(),
        creditCents,
        command.requestedBy(),
        Timestamp.from(now.toInstant()));
    List<Object[]> sent = new ArrayList<>();
    for (int i = 0; i < sendable.size(); i++) {
      sent.add(new Object[] {sendable.get(i).refundReference(), fileId, traces.get(i)});
    }
    jdbc.batchUpdate(
        "insert into nacha_originated_refund (refund_reference, file_id, trace_number)"
            + " values (?, ?, ?)",
        sent);
    return new Origination(content, sha256, entries.size(), creditCents, unsendable);
  }

  /** Refunds not yet in a file; a concurrent origination skips the ones this one holds. */
  private List<WaitingRefund> waitingRefunds() {
    return jdbc.query(
        """
        select r.refund_reference, r.billing_account_id, r.amount_cents, r.currency,
               b.sealed_account
          from nacha_refund_to_originate r
          left join nacha_bank_account_on_file b on b.billing_account_id = r.billing_account_id
         where not exists (select 1 from nacha_originated_refund o
                            where o.refund_reference = r.refund_reference)
         order by r.issued_at, r.refund_reference
           for update of r skip locked
        """,
        (row, i) ->
            new WaitingRefund(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5)));
  }

  private String nextTraceNumber() {
    Long sequence = jdbc.queryForObject("select nextval('nacha_trace_sequence')", Long.class);
    return ach.odfiId() + String.format("%07d", sequence);
  }

  private static EntryDetail credit(WaitingRefund refund, BankAccount account, String trace) {
    int code = "savings".equals(account.accountType()) ? 32 : 22;
    String name = account.holderName().strip();
    return new EntryDetail(
        0,
        code,
        account.routingNumber(),
        account.accountNumber(),
        refund.amountCents(),
        refund.billingAccountId(),
        name.length() > 22 ? name.substring(0, 22) : name,
        "  ",
        trace,
        null);
  }

  private FileHeader fileHeader(ZonedDateTime now) {
    return new FileHeader(
        ach.getImmediateDestination(),
        ach.getImmediateOrigin(),
        now.toLocalDate(),
        now.toLocalTime().truncatedTo(ChronoUnit.MINUTES),
        fileIdModifier(now),
        upTo(ach.getImmediateDestinationName(), 23),
        upTo(ach.getImmediateOriginName(), 23),
        "REFUNDS");
  }

  private BatchHeader batchHeader(LocalDate effective) {
    return new BatchHeader(
        0,
        220,
        upTo(ach.getCompanyName(), 16),
        "",
        upTo(ach.getCompanyId(), 10),
        "PPD",
        "REFUND",
        "",
        effective,
        "",
        '1',
        ach.odfiId(),
        1);
  }

  /** A, B, C... for the files of one day, as the file header's modifier requires. */
  private char fileIdModifier(ZonedDateTime now) {
    ZonedDateTime startOfDay = now.toLocalDate().atStartOfDay(now.getZone());
    Long today =
        jdbc.queryForObject(
            "select count(*) from nacha_origination_file where created_at >= ? and created_at < ?",
            Long.class,
            Timestamp.from(startOfDay.toInstant()),
            Timestamp.from(startOfDay.plusDays(1).toInstant()));
    int index = today == null ? 0 : today.intValue();
    if (index >= FILE_ID_MODIFIERS.length()) {
      throw new IllegalStateException(
          "36 NACHA files were already written today: the file ID modifier is exhausted");
    }
    return FILE_ID_MODIFIERS.charAt(index);
  }

  /** The next weekday: the ACH network settles on banking days only. */
  static LocalDate nextBusinessDay(LocalDate today) {
    LocalDate next = today.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static void requireReadsBack(byte[] content, NachaFile written) {
    try {
      NachaFile read = NachaParser.parse(content);
      List<EntryDetail> readEntries =
          read.entries().stream().map(entry -> entry.atLine(0)).toList();
      if (!readEntries.equals(written.entries())) {
        throw new IllegalStateException("the NACHA file written does not read back the same");
      }
    } catch (NachaFault fault) {
      throw new IllegalStateException(
          "the NACHA file written does not pass our own checks: " + fault.getMessage());
    }
  }

  private static void writeAtomically(Path out, byte[] content) {
    try {
      Path directory = out.getParent();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, ".ach-", ".tmp");
      Files.write(temporary, content);
      Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the refunds were recorded as sent but "
              + out
              + " could not be written; its content"
              + " is kept sealed in nacha_origination_file",
          e);
    }
  }

  private static String upTo(String value, int width) {
    String text = value == null ? "" : value.strip();
    return text.length() > width ? text.substring(0, width) : text;
  }

  /** A refund waiting to be sent, with the sealed bank account on file for its household. */
  private record WaitingRefund(
      String refundReference,
      String billingAccountId,
      long amountCents,
      String currency,
      String sealedAccount) {}

  /** What one origination wrote; no content when nothing was waiting. */
  private record Origination(
      byte[] content,
      String sha256,
      int entries,
      long creditCents,
      List<String> refundsWithoutBankAccount) {}
}
