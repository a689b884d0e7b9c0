package org.premiumledger.projections.api;

/**
 * Drops a projection's rows, resets its processor's token and replays every event into it. Other
 * nodes should not be processing the projection meanwhile (their claims are removed with the
 * tokens, and they rejoin once the new tokens are released).
 */
public interface ProjectionRebuilds {

  /** Rebuilds and waits, at most {@code timeoutMillis}, until it has caught up with the head. */
  RebuildReport rebuild(ProjectionName projection, long timeoutMillis);

  /** What a rebuild did. */
  record RebuildReport(
      ProjectionName projection, long headGlobalIndex, boolean caughtUp, long elapsedMillis) {}
}
