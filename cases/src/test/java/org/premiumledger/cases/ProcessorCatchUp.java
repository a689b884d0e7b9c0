package org.premiumledger.cases;

import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Waits until a tracking processor has handled every event stored so far. */
final class ProcessorCatchUp {

  private ProcessorCatchUp() {}

  static void await(EventProcessingConfiguration processing, EventStore store, String name) {
    long head = store.createHeadToken().position().orElse(0);
    TrackingEventProcessor processor =
        processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                        .allMatch(
                            status -> {
                              OptionalLong position = status.getCurrentPosition();
                              return position.isPresent() && position.getAsLong() >= head;
                            }));
  }
}
