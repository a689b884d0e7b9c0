package org.premiumledger.ledger.api;

/** Lists the rejected return and change files kept in quarantine, newest first. */
public record FetchQuarantinedFilesQuery(int limit) {}
