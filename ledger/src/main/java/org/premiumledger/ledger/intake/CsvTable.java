package org.premiumledger.ledger.intake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.premiumledger.ledger.api.ImportRejection;

/**
 * A CSV file read as a table: the header row is the first row that holds every required column (a
 * report's title lines before it are skipped), columns are found by name in any order and unknown
 * ones are ignored, and after the header blank lines, lines starting with {@code #} and one-cell
 * lines (a footer such as {@code <END>} or {@code Total 12}) are not data. Each record of the file
 * is one line: these files never quote a line break into a field.
 */
final class CsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();

  private final String fileName;
  private final List<Row> rows;

  private CsvTable(String fileName, List<Row> rows) {
    this.fileName = fileName;
    this.rows = rows;
  }

  List<Row> rows() {
    return rows;
  }

  String fileName() {
    return fileName;
  }

  /** Whether the file's head has a line naming all these columns (any order, any case). */
  static boolean headHasColumns(byte[] head, Set<String> columns) {
    String text = new String(head, StandardCharsets.UTF_8);
    for (String line : text.split("\r?\n")) {
      Set<String> names = new java.util.HashSet<>();
      for (String cell : line.split(",")) {
        names.add(normalize(cell.replace("\"", "")));
      }
      if (names.containsAll(columns)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the file.
   *
   * @throws IntakeFault naming the line when the file has no header or a row has the wrong number
   *     of fields
   */
  static CsvTable read(Path file, Set<String> requiredColumns) {
    String fileName = file.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Header header = null;
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        int line = Math.toIntExact(record.getRecordNumber());
        if (header == null) {
          header = headerOrNull(record, requiredColumns, fileName, line);
          continue;
        }
        if (isNotData(record)) {
          continue;
        }
        if (record.size() != header.width()) {
          throw new IntakeFault(
              new ImportRejection(
                  fileName,
                  line,
                  "fields",
                  header.width() + " fields as in the header",
                  record.size() + " fields"));
        }
        rows.add(new Row(fileName, line, header.positions(), record.values()));
      }
      if (header == null) {
        throw new IntakeFault(
            new ImportRejection(
                fileName,
                1,
                "header",
                "a header row with the columns " + String.join(", ", requiredColumns),
                "no such row"));
      }
      return new CsvTable(fileName, rows);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IntakeFault(
          new ImportRejection(fileName, 0, "file", "a readable CSV file", e.getMessage()));
    }
  }

  private static Header headerOrNull(
      CSVRecord record, Set<String> requiredColumns, String fileName, int line) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = normalize(record.get(i));
      if (name.isEmpty()) {
        continue;
      }
      if (header.putIfAbsent(name, i) != null && requiredColumns.contains(name)) {
        throw new IntakeFault(
            new ImportRejection(fileName, line, name, "one column of this name", "two"));
      }
    }
    if (!header.keySet().containsAll(requiredColumns)) {
      return null;
    }
    return new Header(Map.copyOf(header), record.size());
  }

  private static boolean isNotData(CSVRecord record) {
    if (record.size() <= 1) {
      return true;
    }
    String first = record.get(0);
    if (first.startsWith("#")) {
      return true;
    }
    for (String value : record.values()) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String columnName) {
    return columnName.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  /** Column positions by normalized name, and the number of fields a data row must have. */
  private record Header(Map<String, Integer> positions, int width) {}

  /** One data row; values are trimmed, a missing optional column reads as blank. */
  record Row(String fileName, int line, Map<String, Integer> header, String[] values) {

    String get(String column) {
      Integer position = header.get(column);
      return position == null ? "" : values[position];
    }

    boolean has(String column) {
      return !get(column).isBlank();
    }

    IntakeFault fault(String column, String expected) {
      String found = get(column);
      return new IntakeFault(
          new ImportRejection(
              fileName, line, column, expected, found.isEmpty() ? "nothing" : "'" + found + "'"));
    }
  }
}
