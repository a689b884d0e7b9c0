package org.premiumledger.ledger.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, runs PostgreSQL embedded under the data directory; Boot's
 * own DataSource set-up then backs off and Flyway, jOOQ and Axon all use this one.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedDatabaseAutoConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseAutoConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(Environment environment) {
    boolean durableCommits =
        environment.getProperty("premium-ledger.embedded.durable-commits", Boolean.class, true);
    return EmbeddedDatabase.startOrJoin(DataDirectory.resolve(environment), durableCommits);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedDatabase database, Environment environment) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("premium-ledger");
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.username());
    config.setMaximumPoolSize(
        environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
    return new HikariDataSource(config);
  }

  /** True when no datasource URL is configured: Boot 3.5 has no "property missing" condition. */
  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
