package org.premiumledger.projections.api;

import java.util.Map;

/**
 * Whether the projections reached {@code targetIndex} within the bound; {@code positions} holds
 * each processor's position (the lowest of its segments) when the wait ended.
 */
public record AwaitProjectionResponse(
    boolean reached, long targetIndex, long waitedMillis, Map<String, Long> positions) {

  public AwaitProjectionResponse {
    positions = Map.copyOf(positions);
  }
}
