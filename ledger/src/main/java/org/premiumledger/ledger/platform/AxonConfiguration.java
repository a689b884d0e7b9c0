package org.premiumledger.ledger.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.AxonTransientException;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on PostgreSQL through JDBC: snake_case event tables (see V1 migration), the ledger's book
 * written in the command's own transaction, and a command gateway that retries the rare
 * optimistic-concurrency conflict between nodes. See docs/decisions/0001-the-book.md.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

  /** The processing group whose handlers write the journal in the command's transaction. */
  public static final String LEDGER_BOOK = "ledger-book";

  @Bean
  EventSchema ledgerEventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  ConfigurerModule ledgerBookRunsInTheCommandTransaction() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(LEDGER_BOOK)
            .registerListenerInvocationErrorHandler(
                LEDGER_BOOK, config -> PropagatingErrorHandler.instance());
  }

  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService commandRetryExecutor() {
    return Executors.newSingleThreadScheduledExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "command-retry");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Retries only what a retry can mend: an optimistic-concurrency conflict, such as two nodes
   * creating the same payment at once. Axon's default would retry every failure, business refusals
   * included.
   */
  @Bean
  CommandGateway retryingCommandGateway(
      CommandBus commandBus, ScheduledExecutorService retryExecutor) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(retryExecutor)
                .nonTransientFailurePredicate(failure -> !isConcurrencyConflict(failure))
                .maxRetryCount(8)
                .retryInterval(25)
                .build())
        .build();
  }

  private static boolean isConcurrencyConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyException || cause instanceof AxonTransientException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  @Bean
  Cache billingAccountCache() {
    return new WeakReferenceCache();
  }

  @Bean
  Cache paymentCache() {
    return new WeakReferenceCache();
  }
}
