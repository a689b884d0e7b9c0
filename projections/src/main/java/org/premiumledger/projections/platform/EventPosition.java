package org.premiumledger.projections.platform;

import org.axonframework.eventhandling.TrackingToken;

/** The global index of the event a tracking processor is handling, read from its token. */
public final class EventPosition {

  private EventPosition() {}

  public static long of(TrackingToken token) {
    if (token == null) {
      throw new IllegalStateException("projections are built by tracking processors only");
    }
    return token
        .position()
        .orElseThrow(() -> new IllegalStateException("token without a position: " + token));
  }
}
