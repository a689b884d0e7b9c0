package org.premiumledger.cases.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.premiumledger.cases.dispute.CaseRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * Brings the cases module into any Spring Boot application that has it on the class path: the
 * DisputeCase aggregate, its tracking processors and the deadline watch.
 */
@AutoConfiguration(
    before = {
      org.axonframework.springboot.autoconfig.AxonAutoConfiguration.class,
      org.axonframework.springboot.autoconfig.JdbcAutoConfiguration.class
    })
@ComponentScan(
    basePackages = "org.premiumledger.cases",
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.CUSTOM,
            classes = AutoConfigurationExcludeFilter.class))
@EnableConfigurationProperties(CaseSettings.class)
public class CasesAutoConfiguration {

  /** Reacts to the ledger's events: the payment directory, duplicate detection, returns. */
  public static final String INTAKE = "cases-intake";

  /** Sends authorized money actions to the ledger. */
  public static final String MONEY = "cases-money";

  /** Writes household notifications to the outbox. */
  public static final String NOTIFICATIONS = "cases-notifications";

  /** Maintains the case read models. */
  public static final String VIEW = "cases-view";

  /** Cases share the ledger's zone: business dates and deadlines are the exchange's. */
  @Bean
  CaseRules caseRules(CaseSettings settings, Environment environment, Clock clock) {
    ZoneId zone =
        environment.getProperty(
            "premium-ledger.ledger.zone", ZoneId.class, ZoneId.of("America/New_York"));
    return new CaseRules(settings, zone, clock);
  }

  /**
   * Tracking processors keep their token in PostgreSQL, committed with the rows they write. The
   * intake, money and notification processors stop and retry on an unexpected error rather than
   * skip an event: a skipped payment, refund or notice would be lost.
   */
  @Bean
  ConfigurerModule casesProcessors() {
    return configurer -> {
      var processing = configurer.eventProcessing();
      for (String group : new String[] {INTAKE, MONEY, NOTIFICATIONS, VIEW}) {
        processing.registerTrackingEventProcessor(group);
        processing.registerListenerInvocationErrorHandler(
            group, config -> PropagatingErrorHandler.instance());
      }
    };
  }
}
