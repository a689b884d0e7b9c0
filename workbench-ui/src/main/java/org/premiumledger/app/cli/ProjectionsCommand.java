package org.premiumledger.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.queryhandling.QueryGateway;
import org.premiumledger.projections.api.FetchProjectionStatusQuery;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import org.premiumledger.projections.api.ProjectionStatusResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code projections rebuild [NAME]} and {@code projections status}. */
@Command(
    name = "projections",
    description = "Projection maintenance.",
    subcommands = {ProjectionsCommand.Rebuild.class, ProjectionsCommand.Status.class})
class ProjectionsCommand {

  @Command(
      name = "rebuild",
      description =
          "Drop a projection's rows, reset its token and replay every event"
              + " (all projections when no NAME is given).")
  static class Rebuild implements Callable<Integer> {

    static final long TIMEOUT_MILLIS = 3_600_000;

    @Parameters(index = "0", arity = "0..1", description = "history, payments, journal or audit")
    String name;

    private final ProjectionRebuilds rebuilds;

    Rebuild(ProjectionRebuilds rebuilds) {
      this.rebuilds = rebuilds;
    }

    @Override
    public Integer call() {
      List<ProjectionName> targets;
      try {
        targets =
            name == null ? List.of(ProjectionName.values()) : List.of(ProjectionName.parse(name));
      } catch (IllegalArgumentException e) {
        System.err.println("projections rebuild: " + e.getMessage());
        return 2;
      }
      int exit = 0;
      for (ProjectionName projection : targets) {
        ProjectionRebuilds.RebuildReport report = rebuilds.rebuild(projection, TIMEOUT_MILLIS);
        System.out.printf(
            "%s: replayed to event %d in %d ms%s%n",
            projection.cliName(),
            report.headGlobalIndex(),
            report.elapsedMillis(),
            report.caughtUp() ? "" : " (NOT caught up before the time limit)");
        exit = report.caughtUp() ? exit : 1;
      }
      return exit;
    }
  }

  @Command(name = "status", description = "Show each projection's position and lag.")
  static class Status implements Callable<Integer> {

    private final QueryGateway queries;

    Status(QueryGateway queries) {
      this.queries = queries;
    }

    @Override
    public Integer call() {
      ProjectionStatusResponse status =
          queries.query(new FetchProjectionStatusQuery(), ProjectionStatusResponse.class).join();
      System.out.printf("head of the event store: %d%n", status.headGlobalIndex());
      for (ProjectionStatusResponse.Status projection : status.projections()) {
        System.out.printf(
            "%-10s segments %d  position %d  lag %d%n",
            projection.name(), projection.segments(), projection.position(), projection.lag());
      }
      return 0;
    }
  }
}
