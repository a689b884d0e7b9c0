package org.premiumledger.ledger.platform;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where Premium Ledger keeps its embedded database and generated keys: {@code --data-dir DIR} (the
 * property {@code premium-ledger.data-dir}), else {@code PREMIUM_LEDGER_HOME}, else {@code
 * ~/.premium-ledger}.
 */
public final class DataDirectory {

  private DataDirectory() {}

  public static Path resolve(Environment environment) {
    String configured = environment.getProperty("premium-ledger.data-dir");
    if (configured == null || configured.isBlank()) {
      configured = environment.getProperty("PREMIUM_LEDGER_HOME");
    }
    if (configured == null || configured.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".premium-ledger");
    }
    return Path.of(configured).toAbsolutePath();
  }
}
