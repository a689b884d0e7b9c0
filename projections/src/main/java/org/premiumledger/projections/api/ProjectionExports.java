package org.premiumledger.projections.api;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes exports as CSV: one header row, amounts as plain decimal numbers, and text that a
 * spreadsheet would run as a formula neutralised. Rows are streamed from the database, never held
 * in memory.
 */
public interface ProjectionExports {

  /** Writes the export and answers the number of data rows written (the header not counted). */
  long writeCsv(ExportRequest request, Writer out) throws IOException;
}
