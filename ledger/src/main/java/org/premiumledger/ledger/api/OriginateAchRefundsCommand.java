package org.premiumledger.ledger.api;

import java.nio.file.Path;

/**
 * Writes a NACHA file of PPD credits for the approved ACH refunds not yet sent. Each refund goes
 * into exactly one file, ever.
 */
public record OriginateAchRefundsCommand(Path out, String requestedBy) {}
