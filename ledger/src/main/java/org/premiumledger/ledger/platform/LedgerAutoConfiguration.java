package org.premiumledger.ledger.platform;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Brings the ledger module into any Spring Boot application that has it on the class path. */
@AutoConfiguration(
    before = {
      org.axonframework.springboot.autoconfig.AxonAutoConfiguration.class,
      org.axonframework.springboot.autoconfig.JdbcAutoConfiguration.class
    })
@ComponentScan(
    basePackages = "org.premiumledger.ledger",
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.CUSTOM,
            classes = AutoConfigurationExcludeFilter.class))
@EnableConfigurationProperties(LedgerSettings.class)
public class LedgerAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
