package org.premiumledger.ledger.api;

import java.nio.file.Path;

/** How far the import of a file now running has come; answered with an {@link ImportProgress}. */
public record FetchImportProgressQuery(Path file) {}
