package org.premiumledger.ledger.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** Adds the ledger's defaults (Axon on JDBC with JSON events) at the lowest precedence. */
public class LedgerDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment
          .getPropertySources()
          .addLast(
              new ResourcePropertySource(
                  "premium-ledger-defaults",
                  new ClassPathResource("premium-ledger-defaults.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
