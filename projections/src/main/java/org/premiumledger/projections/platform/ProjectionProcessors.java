package org.premiumledger.projections.platform;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.premiumledger.projections.api.ProjectionName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * One tracking processor per projection, on the JDBC event store, its token in the same database
 * and transaction as its rows. Work is split into segments so that nodes share it; the history is
 * sequenced per billing account (its running balance needs the account's events in order), the
 * others per aggregate. A failing handler rolls the batch back and is retried, never skipped. In a
 * short-lived command-line process the processors do not start by themselves (only {@code
 * projections rebuild} starts the one it rebuilds), so they never hold segments the server needs.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProjectionProcessors {

  @Bean
  ConfigurerModule projectionTrackingProcessors(
      ProjectionSettings settings,
      @Value("${premium-ledger.command-line:false}") boolean commandLine) {
    return configurer -> {
      var processing = configurer.eventProcessing();
      for (ProjectionName projection : ProjectionName.values()) {
        String name = projection.processorName();
        processing
            .registerTrackingEventProcessor(
                name,
                Configuration::eventStore,
                config ->
                    TrackingEventProcessorConfiguration.forParallelProcessing(
                            settings.getThreadsPerProcessor())
                        .andInitialSegmentsCount(settings.getSegments())
                        .andBatchSize(settings.getBatchSize())
                        .andAutoStart(!commandLine))
            .registerListenerInvocationErrorHandler(
                name, config -> PropagatingErrorHandler.instance());
      }
      processing.registerSequencingPolicy(
          ProjectionName.HISTORY.processorName(), config -> new BillingAccountSequencing());
    };
  }
}
