package org.premiumledger.ledger.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server under the data directory. The first process to need it starts it; a second
 * process on the same data directory (a subcommand while the server runs) finds it through {@code
 * postmaster.pid} and connects to it instead of starting another. Only the process that started the
 * server stops it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE_NAME = "premium_ledger";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres startedHere;
  private final int port;

  private EmbeddedDatabase(EmbeddedPostgres startedHere, int port) {
    this.startedHere = startedHere;
    this.port = port;
  }

  /**
   * Starts the server, or joins the one already running on this data directory.
   *
   * @param durableCommits whether a commit waits for its WAL to reach the disk. The library's
   *     default is off (it is built for tests); the product's data must survive a crash, so only
   *     test runs turn it off.
   */
  public static EmbeddedDatabase startOrJoin(Path dataDirectory, boolean durableCommits) {
    Path clusterDirectory = dataDirectory.resolve("pgdata");
    try {
      Files.createDirectories(dataDirectory);
      try (FileChannel lockFile =
              FileChannel.open(
                  dataDirectory.resolve(".startup.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        Optional<Integer> runningPort = runningServerPort(clusterDirectory);
        if (runningPort.isPresent()) {
          log.info("embedded database joined port={}", runningPort.get());
          return new EmbeddedDatabase(null, runningPort.get()).withDatabaseCreated();
        }
        EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(clusterDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("synchronous_commit", durableCommits ? "on" : "off")
                .start();
        log.info("embedded database started port={}", postgres.getPort());
        return new EmbeddedDatabase(postgres, postgres.getPort()).withDatabaseCreated();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL in " + clusterDirectory, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE_NAME;
  }

  public String username() {
    return "postgres";
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws IOException {
    if (startedHere != null) {
      startedHere.close();
    }
  }

  /** Reads the port of a live server from its {@code postmaster.pid} (line 4). */
  private static Optional<Integer> runningServerPort(Path clusterDirectory) throws IOException {
    Path pidFile = clusterDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    long pid = Long.parseLong(lines.get(0).trim());
    int port = Integer.parseInt(lines.get(3).trim());
    boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    if (!alive || !accepts(port)) {
      return Optional.empty();
    }
    return Optional.of(port);
  }

  private static boolean accepts(int port) {
    try (Connection ignored =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private EmbeddedDatabase withDatabaseCreated() {
    String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE_NAME);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database " + DATABASE_NAME);
        } catch (SQLException raceWithAnotherProcess) {
          if (!"42P04".equals(raceWithAnotherProcess.getSQLState())) {
            throw raceWithAnotherProcess;
          }
        }
      }
      return this;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + DATABASE_NAME, e);
    }
  }
}
