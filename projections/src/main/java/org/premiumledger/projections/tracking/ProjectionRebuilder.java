package org.premiumledger.projections.tracking;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.api.ProjectionRebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection: stops its processor here, deletes its tokens and truncates its tables in
 * one transaction, starts it again (it replays from the first event, since it finds no token) and
 * waits until it has caught up with the head as it was after the truncation. In a command-line
 * process the processor is stopped again afterwards, releasing its segments.
 */
@Component
class ProjectionRebuilder implements ProjectionRebuilds {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

  static final Map<ProjectionName, List<String>> TABLES =
      Map.of(
          ProjectionName.HISTORY, List.of("pj_account", "pj_bill", "pj_account_history"),
          ProjectionName.PAYMENTS, List.of("pj_payment", "pj_payment_step", "pj_intake_exception"),
          ProjectionName.JOURNAL, List.of("pj_journal_entry", "pj_journal_line"),
          ProjectionName.AUDIT, List.of("pj_audit_event"));

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ProjectionPositions positions;
  private final boolean commandLine;

  ProjectionRebuilder(
      EventProcessingConfiguration processing,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      ProjectionPositions positions,
      @Value("${premium-ledger.command-line:false}") boolean commandLine) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.positions = positions;
    this.commandLine = commandLine;
  }

  /** The tables a projection owns, for tests and the rebuild. */
  static List<String> tablesOf(ProjectionName projection) {
    return TABLES.get(projection);
  }

  @Override
  public RebuildReport rebuild(ProjectionName projection, long timeoutMillis) {
    long started = System.nanoTime();
    TrackingEventProcessor processor = processorOf(projection);
    processor.shutDown();

    long head =
        transaction.execute(
            status -> {
              jdbc.update(
                  "delete from tokenentry where processorname = ?", projection.processorName());
              jdbc.execute("truncate table " + String.join(", ", TABLES.get(projection)));
              return positions.head();
            });
    log.info("projection rebuild started projection={} head={}", projection.cliName(), head);
    processor.start();

    boolean caughtUp = awaitHead(projection, head, started + timeoutMillis * 1_000_000);
    if (commandLine) {
      processor.shutDown();
    }
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    log.info(
        "projection rebuild ended projection={} caughtUp={} elapsedMillis={}",
        projection.cliName(),
        caughtUp,
        elapsedMillis);
    return new RebuildReport(projection, head, caughtUp, elapsedMillis);
  }

  @Override
  public boolean catchUp(ProjectionName projection, long timeoutMillis) {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    long head = positions.head();
    if (positions.hasHandled(projection, head)) {
      return true;
    }

    TrackingEventProcessor processor = processorOf(projection);
    boolean startedHere = !processor.isRunning();
    if (startedHere) {
      processor.start();
    }
    try {
      return awaitHead(projection, head, deadline);
    } finally {
      if (startedHere && commandLine) {
        processor.shutDown();
      }
    }
  }

  private TrackingEventProcessor processorOf(ProjectionName projection) {
    return processing
        .eventProcessor(projection.processorName(), TrackingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("no processor " + projection.processorName()));
  }

  private boolean awaitHead(ProjectionName projection, long head, long deadlineNanos) {
    while (!positions.hasHandled(projection, head)) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      try {
        Thread.sleep(ProjectionTracking.POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
