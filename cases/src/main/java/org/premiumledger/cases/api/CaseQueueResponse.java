package org.premiumledger.cases.api;

import java.util.List;

/** A page of a case queue and how many cases match in all. */
public record CaseQueueResponse(List<CaseSummary> cases, long total) {

  public CaseQueueResponse {
    cases = List.copyOf(cases);
  }
}
