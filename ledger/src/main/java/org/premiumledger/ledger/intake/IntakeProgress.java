package org.premiumledger.ledger.intake;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.QueryHandler;
import org.premiumledger.ledger.api.FetchImportProgressQuery;
import org.premiumledger.ledger.api.ImportProgress;
import org.springframework.stereotype.Component;

/** How far each running import has come, for a progress bar; kept in memory only. */
@Component
class IntakeProgress {

  private final Map<Path, ImportProgress> running = new ConcurrentHashMap<>();

  void update(Path file, long done, long total) {
    running.put(file.toAbsolutePath().normalize(), new ImportProgress(done, total));
  }

  void finish(Path file) {
    running.remove(file.toAbsolutePath().normalize());
  }

  @QueryHandler
  ImportProgress handle(FetchImportProgressQuery query) {
    return running.getOrDefault(
        query.file().toAbsolutePath().normalize(), new ImportProgress(0, 0));
  }
}
