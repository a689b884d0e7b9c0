package org.premiumledger.cases.api;

/** The stored bytes of a piece of evidence. */
public record EvidenceContent(String fileName, String contentType, String sha256, byte[] content) {}
