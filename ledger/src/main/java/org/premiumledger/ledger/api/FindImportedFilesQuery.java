package org.premiumledger.ledger.api;

/** The files imported so far, newest first; answered with a list of {@link ImportedFileView}. */
public record FindImportedFilesQuery(int limit) {}
