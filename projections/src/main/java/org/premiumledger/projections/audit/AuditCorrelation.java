package org.premiumledger.projections.audit;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries who asked and why ({@code userId}, {@code reason}, {@code importedBy} in a command's
 * metadata) onto the events the command applies, so the audit trail can show them. Declaring a
 * provider replaces Axon's default, so the trace and correlation ids are declared here too.
 */
@Configuration(proxyBeanMethods = false)
class AuditCorrelation {

  @Bean
  CorrelationDataProvider auditCorrelationData() {
    return new SimpleCorrelationDataProvider("userId", "reason", "importedBy");
  }

  @Bean
  CorrelationDataProvider auditMessageOrigin() {
    return new MessageOriginProvider();
  }
}
