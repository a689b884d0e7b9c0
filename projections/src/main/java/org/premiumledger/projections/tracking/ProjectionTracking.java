package org.premiumledger.projections.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.projections.api.AwaitProjectionQuery;
import org.premiumledger.projections.api.AwaitProjectionResponse;
import org.premiumledger.projections.api.FetchProjectionStatusQuery;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionStatusResponse;
import org.springframework.stereotype.Component;

/**
 * Lets a view wait, with a bound, until projections have handled an event instead of waiting
 * blindly, and reports where each projection stands.
 */
@Component
class ProjectionTracking {

  static final long POLL_MILLIS = 15;
  static final long MAX_WAIT_MILLIS = 30_000;

  private final ProjectionPositions positions;

  ProjectionTracking(ProjectionPositions positions) {
    this.positions = positions;
  }

  @QueryHandler
  AwaitProjectionResponse handle(AwaitProjectionQuery query) throws InterruptedException {
    List<ProjectionName> projections =
        query.projections().isEmpty()
            ? Arrays.asList(ProjectionName.values())
            : query.projections();
    long target = query.globalIndex() != null ? query.globalIndex() : positions.head();
    long timeoutMillis = Math.min(Math.max(query.timeoutMillis(), 0), MAX_WAIT_MILLIS);
    long started = System.nanoTime();
    long deadline = started + timeoutMillis * 1_000_000;

    boolean reached = allHandled(projections, target);
    while (!reached && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
      reached = allHandled(projections, target);
    }
    long waitedMillis = (System.nanoTime() - started) / 1_000_000;
    return new AwaitProjectionResponse(
        reached, target, waitedMillis, positions.positions(projections));
  }

  private boolean allHandled(List<ProjectionName> projections, long target) {
    return projections.stream().allMatch(projection -> positions.hasHandled(projection, target));
  }

  @QueryHandler
  ProjectionStatusResponse handle(FetchProjectionStatusQuery query) {
    long head = positions.head();
    List<ProjectionStatusResponse.Status> statuses = new ArrayList<>();
    for (ProjectionName projection : ProjectionName.values()) {
      long position = positions.position(projection);
      statuses.add(
          new ProjectionStatusResponse.Status(
              projection.cliName(),
              projection.processorName(),
              positions.tokens(projection).size(),
              position,
              positions.lag(projection, head)));
    }
    return new ProjectionStatusResponse(head, statuses);
  }
}
