package org.premiumledger.ledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills a process with SIGKILL in the middle of a stream of payments, starts it again on the same
 * data directory, and finds the ledger sound with every acknowledged payment there exactly once.
 */
class KilledProcessIT {

  private static final int ACKS_BEFORE_KILL = 150;
  private final Path dataDirectory = Path.of("target", "crash-test").toAbsolutePath();

  @Test
  void everyPaymentAcknowledgedBeforeAKillIsThereOnceAndTheLedgerChecks() throws Exception {
    deleteDirectory();

    Process streamer = start("stream");
    Set<Integer> acknowledged = new HashSet<>();
    try (BufferedReader out = reader(streamer)) {
      String line;
      while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(Integer.parseInt(line.substring(4).trim()));
        }
      }
      streamer.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no graceful close
      assertThat(streamer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);

    Process checker = start("check");
    List<String> output = new ArrayList<>();
    try (BufferedReader out = reader(checker)) {
      String line;
      while ((line = out.readLine()) != null) {
        output.add(line);
      }
    }
    assertThat(checker.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).contains("CHECK true []");
    String payments =
        output.stream().filter(l -> l.startsWith("PAYMENTS ")).findFirst().orElseThrow();
    List<String> recorded = Arrays.asList(payments.substring("PAYMENTS ".length()).split(","));
    assertThat(recorded).doesNotHaveDuplicates();
    for (int i : acknowledged) {
      assertThat(recorded).contains("processor-card:crash-" + i);
    }
  }

  @AfterEach
  void stopTheOrphanedServer() throws Exception {
    // The killed JVM could not stop the PostgreSQL server it started; stop it here.
    Path pidFile = dataDirectory.resolve("pgdata").resolve("postmaster.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      var server = ProcessHandle.of(pid);
      if (server.isPresent()) {
        server.get().destroy();
        server.get().onExit().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private Process start(String mode) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            PaymentStreamer.class.getName(),
            mode,
            dataDirectory.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private void deleteDirectory() throws Exception {
    if (!Files.exists(dataDirectory)) {
      return;
    }
    stopTheOrphanedServer();
    try (var paths = Files.walk(dataDirectory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(f -> f.delete());
    }
  }
}
