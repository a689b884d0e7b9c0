package org.premiumledger.projections.api;

import java.util.List;

/** The head of the event store and, per projection, its position and lag in events. */
public record ProjectionStatusResponse(long headGlobalIndex, List<Status> projections) {

  public ProjectionStatusResponse {
    projections = List.copyOf(projections);
  }

  /** {@code position} is the lowest of the segments' positions; -1 before any token exists. */
  public record Status(String name, String processorName, int segments, long position, long lag) {}
}
