package org.premiumledger.projections.api;

import java.util.Arrays;
import java.util.Locale;

/** What {@code export KIND} writes. */
public enum ExportKind {
  JOURNAL,
  TRIAL_BALANCE,
  HISTORY,
  AUDIT_TRAIL;

  /** The name on the command line: {@code journal}, {@code trial-balance}, ... */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ExportKind parse(String text) {
    return Arrays.stream(values())
        .filter(kind -> kind.cliName().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected an export kind among journal, trial-balance, history, audit-trail;"
                        + " found '"
                        + text
                        + "'"));
  }
}
