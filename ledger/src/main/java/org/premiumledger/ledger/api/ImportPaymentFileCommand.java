package org.premiumledger.ledger.api;

import java.nio.file.Path;

/**
 * Imports one file from a bank, processor, lockbox or the eligibility system. The intake detects
 * the format from the content, not the name. A rejected file posts nothing.
 *
 * @param importedBy who asked (a staff user, "cli", "demo-seed"), for the audit trail
 */
public record ImportPaymentFileCommand(Path file, String importedBy) {}
