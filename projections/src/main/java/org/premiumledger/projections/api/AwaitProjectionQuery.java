package org.premiumledger.projections.api;

import java.util.List;

/**
 * Waits, at most {@code timeoutMillis}, until the given projections (all when empty) have handled
 * every event up to {@code globalIndex} (null: the head of the event store when asked). A view asks
 * this after a command instead of waiting blindly.
 */
public record AwaitProjectionQuery(
    List<ProjectionName> projections, Long globalIndex, long timeoutMillis) {

  public AwaitProjectionQuery {
    projections = projections == null ? List.of() : List.copyOf(projections);
  }

  public static AwaitProjectionQuery allUpToNow(long timeoutMillis) {
    return new AwaitProjectionQuery(List.of(), null, timeoutMillis);
  }
}
