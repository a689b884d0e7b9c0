package org.premiumledger.cases.api;

import java.time.Instant;
import java.util.List;

/** A case's timeline, oldest first. */
public record CaseTimelineResponse(CaseId caseId, List<Entry> entries) {

  public CaseTimelineResponse {
    entries = List.copyOf(entries);
  }

  /**
   * One change: {@code what} names it (CASE_OPENED, MONEY_ACTION_APPROVED ...), {@code detail}
   * gives its facts in plain words.
   */
  public record Entry(
      long sequence,
      Instant at,
      String userId,
      StaffRole role,
      String what,
      String why,
      String detail) {}
}
