package org.premiumledger.projections.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The projections, each built by one tracking processor of the same name. */
public enum ProjectionName {
  /** Billing accounts, bills, coverage status and the receivable history with running balance. */
  HISTORY("projection-history"),
  /** Payment detail with its whole life, intake's exceptions, and the payment search. */
  PAYMENTS("projection-payments"),
  /** Journal entries and lines: the journal, account balances and the trial balance. */
  JOURNAL("projection-journal"),
  /** Every event with its metadata: the audit trail. */
  AUDIT("projection-audit");

  private final String processorName;

  ProjectionName(String processorName) {
    this.processorName = processorName;
  }

  public String processorName() {
    return processorName;
  }

  /** The name on the command line: {@code history}, {@code payments}, ... */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts the command-line name or the processor name. */
  public static ProjectionName parse(String text) {
    return Arrays.stream(values())
        .filter(p -> p.cliName().equalsIgnoreCase(text) || p.processorName.equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected a projection among "
                        + Arrays.stream(values())
                            .map(ProjectionName::cliName)
                            .collect(Collectors.joining(", "))
                        + "; found '"
                        + text
                        + "'"));
  }
}
