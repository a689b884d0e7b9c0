package org.premiumledger.ledger.api;

/**
 * Why a file, or one record of it, was rejected: where (file, line, field), what was expected and
 * what was found. {@code line} is 1-based; 0 when the fault concerns the whole file.
 */
public record ImportRejection(String file, int line, String field, String expected, String found) {

  public String describe() {
    return file + ":" + line + " " + field + ": expected " + expected + ", found " + found;
  }
}
