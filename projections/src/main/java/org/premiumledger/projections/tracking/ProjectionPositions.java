package org.premiumledger.projections.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.premiumledger.projections.api.ProjectionName;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each projection stands, read from the token table (so it sees the segments every node
 * holds) against the head of the event store.
 */
@Component
class ProjectionPositions {

  private final JdbcTemplate jdbc;
  private final Serializer serializer;

  ProjectionPositions(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  /** The global index of the newest event, or 0 when the store is empty. */
  long head() {
    Long head =
        jdbc.queryForObject(
            "select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    return head == null ? 0 : head;
  }

  /** The tokens of a processor's segments; empty before the processor first ran. */
  List<TrackingToken> tokens(ProjectionName projection) {
    List<TrackingToken> tokens = new ArrayList<>();
    jdbc.query(
        "select token, tokentype from tokenentry where processorname = ? order by segment",
        row -> {
          byte[] bytes = row.getBytes(1);
          String type = row.getString(2);
          tokens.add(
              bytes == null || type == null
                  ? null
                  : serializer.deserialize(
                      new SimpleSerializedObject<>(bytes, byte[].class, type, null)));
        },
        projection.processorName());
    return tokens;
  }

  /** The lowest position of the processor's segments; -1 when any has none yet. */
  long position(ProjectionName projection) {
    List<TrackingToken> tokens = tokens(projection);
    if (tokens.isEmpty()) {
      return -1;
    }
    long lowest = Long.MAX_VALUE;
    for (TrackingToken token : tokens) {
      long position = token == null ? -1 : token.position().orElse(-1);
      lowest = Math.min(lowest, position);
    }
    return lowest;
  }

  /** Whether every segment has handled the event at {@code globalIndex} (or gone past it). */
  boolean hasHandled(ProjectionName projection, long globalIndex) {
    if (globalIndex <= 0) {
      return true;
    }
    List<TrackingToken> tokens = tokens(projection);
    if (tokens.isEmpty()) {
      return false;
    }
    java.util.SortedSet<Long> gaps = new java.util.TreeSet<>();
    for (TrackingToken token : tokens) {
      TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
      long position = current == null ? -1 : current.position().orElse(-1);
      if (position < globalIndex) {
        return false;
      }
      if (current instanceof GapAwareTrackingToken gapAware) {
        gaps.addAll(gapAware.getGaps().headSet(globalIndex + 1));
      }
    }
    return gaps.isEmpty() || !anyStored(gaps);
  }

  /**
   * Whether any of a token's gaps at or below the target is an event that has been committed since
   * (a transaction that took its index earlier but committed later) and so is still to be handled.
   * Gaps left by rolled-back transactions never fill and do not hold the wait up.
   */
  private boolean anyStored(java.util.SortedSet<Long> gaps) {
    Boolean stored =
        jdbc.queryForObject(
            "select exists (select 1 from domain_event_entry where global_index = any(?))",
            Boolean.class,
            (Object) gaps.toArray(new Long[0]));
    return Boolean.TRUE.equals(stored);
  }

  /** Each processor's lowest position. */
  Map<String, Long> positions(List<ProjectionName> projections) {
    Map<String, Long> positions = new LinkedHashMap<>();
    for (ProjectionName projection : projections) {
      positions.put(projection.processorName(), position(projection));
    }
    return positions;
  }

  /** Events the projection is behind the head; 0 when the store is empty. */
  long lag(ProjectionName projection, long head) {
    return Math.max(0, head - Math.max(0, position(projection)));
  }
}
