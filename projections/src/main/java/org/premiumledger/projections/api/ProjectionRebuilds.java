package org.premiumledger.projections.api;

/**
 * Drops a projection's rows, resets its processor's token and replays every event into it. Other
 * nodes should not be processing the projection meanwhile (their claims are removed with the
 * tokens, and they rejoin once the new tokens are released).
 */
public interface ProjectionRebuilds {

  /** Rebuilds and waits, at most {@code timeoutMillis}, until it has caught up with the head. */
  RebuildReport rebuild(ProjectionName projection, long timeoutMillis);

  /**
   * Brings a projection up to the head of the event store as it is now: in a process where its
   * processor is not running (a command-line process), runs it until then and stops it again; where
   * another node runs it, just waits for that node. Answers whether it got there in time.
   */
  boolean catchUp(ProjectionName projection, long timeoutMillis);

  /** What a rebuild did. */
  record RebuildReport(
      ProjectionName projection, long headGlobalIndex, boolean caughtUp, long elapsedMillis) {}
}
