package org.premiumledger.projections.api;

/** Each projection's position and lag behind the head of the event store. */
public record FetchProjectionStatusQuery() {}
