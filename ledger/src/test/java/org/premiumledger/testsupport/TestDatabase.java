package org.premiumledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Chooses the database of an integration test run, once per JVM: a fresh embedded PostgreSQL data
 * directory under {@code target/}, or a Testcontainers PostgreSQL when asked for.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The PostgreSQL version we support in production. */
  public static final String PRODUCTION_IMAGE = "postgres:17";

  private static Map<String, Object> properties;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("premium-ledger-test-database", properties()));
  }

  public static synchronized Map<String, Object> properties() {
    if (properties == null) {
      properties =
          "testcontainers".equals(System.getProperty("premium-ledger.test.db"))
              ? startContainer()
              : freshEmbeddedDirectory();
    }
    return properties;
  }

  @SuppressWarnings("resource")
  private static Map<String, Object> startContainer() {
    PostgreSQLContainer<?> container = new PostgreSQLContainer<>(PRODUCTION_IMAGE);
    container.start();
    return Map.of(
        "spring.datasource.url", container.getJdbcUrl(),
        "spring.datasource.username", container.getUsername(),
        "spring.datasource.password", container.getPassword());
  }

  private static Map<String, Object> freshEmbeddedDirectory() {
    Path directory = Path.of("target", "test-database").toAbsolutePath();
    deleteRecursively(directory);
    // Tests trade durability for speed; the product keeps durable commits (the default).
    return Map.of(
        "premium-ledger.data-dir",
        directory.toString(),
        "premium-ledger.embedded.durable-commits",
        "false");
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TestDatabase::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
