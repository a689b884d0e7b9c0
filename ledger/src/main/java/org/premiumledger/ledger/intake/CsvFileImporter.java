package org.premiumledger.ledger.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.premiumledger.ledger.api.FileImportReport;
import org.premiumledger.ledger.api.ImportRejection;
import org.premiumledger.ledger.api.LedgerRefusedException;

/**
 * The steps every CSV importer shares: read the table, turn every row into an item (collecting
 * every fault, not just the first), check the items together, and only then post them one by one. A
 * posting the ledger refuses rejects the file too; the intake then rolls back what it posted.
 *
 * @param <T> one row's meaning
 */
abstract class CsvFileImporter<T extends CsvFileImporter.Item> implements PaymentFileImporter {

  /** At most this many faults are reported for one file; the first ones say enough. */
  static final int MAX_REJECTIONS = 50;

  /** What every item tells the report: its line and its money. */
  interface Item {
    int line();

    long debitCents();

    long creditCents();
  }

  /** Counts what posting did. */
  static final class Tally {
    int posted;
    int alreadyPresent;
    int sentToExceptions;
  }

  private IntakeProgress progress;

  @org.springframework.beans.factory.annotation.Autowired
  void setProgress(IntakeProgress progress) {
    this.progress = progress;
  }

  abstract Set<String> requiredColumns();

  abstract T parse(CsvTable.Row row);

  /** Checks the items together (batch totals, say) and may add derived items; none by default. */
  List<T> complete(String fileName, List<T> items) {
    return items;
  }

  abstract void post(T item, String fileName, Tally tally);

  @Override
  public boolean recognizes(byte[] head) {
    return CsvTable.headHasColumns(head, requiredColumns());
  }

  @Override
  public FileImportReport importFile(Path file, String importedBy) {
    String fileName = file.getFileName().toString();
    List<T> items;
    try {
      items = parseAll(CsvTable.read(file, requiredColumns()));
      items = complete(fileName, items);
    } catch (IntakeFault fault) {
      return rejected(fileName, List.of(fault.rejection()));
    } catch (Faults faults) {
      return rejected(fileName, faults.rejections);
    }

    long debits = items.stream().mapToLong(Item::debitCents).sum();
    long credits = items.stream().mapToLong(Item::creditCents).sum();
    Tally tally = new Tally();
    long done = 0;
    for (T item : items) {
      if (progress != null && done++ % 100 == 0) {
        progress.update(file, done, items.size());
      }
      try {
        post(item, fileName, tally);
      } catch (IntakeFault fault) {
        return rejected(fileName, List.of(fault.rejection()));
      } catch (LedgerRefusedException refused) {
        return rejected(
            fileName,
            List.of(
                new ImportRejection(
                    fileName,
                    item.line(),
                    "entry",
                    "an entry the ledger accepts",
                    refusedText(refused))));
      }
    }
    return new FileImportReport(
        fileName,
        format(),
        null,
        false,
        items.size(),
        debits,
        credits,
        tally.posted,
        tally.alreadyPresent,
        tally.sentToExceptions,
        List.of());
  }

  private static String refusedText(LedgerRefusedException refused) {
    return refused.getMessage();
  }

  private List<T> parseAll(CsvTable table) {
    List<T> items = new ArrayList<>();
    List<ImportRejection> rejections = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      try {
        items.add(parse(row));
      } catch (IntakeFault fault) {
        rejections.add(fault.rejection());
        if (rejections.size() == MAX_REJECTIONS) {
          break;
        }
      }
    }
    if (!rejections.isEmpty()) {
      throw new Faults(rejections);
    }
    return items;
  }

  FileImportReport rejected(String fileName, List<ImportRejection> rejections) {
    return new FileImportReport(fileName, format(), null, false, 0, 0, 0, 0, 0, 0, rejections);
  }

  /** Several faults of one file. */
  static final class Faults extends RuntimeException {
    private final transient List<ImportRejection> rejections;

    Faults(List<ImportRejection> rejections) {
      super(rejections.size() + " faults", null, false, false);
      this.rejections = List.copyOf(rejections);
    }
  }
}
