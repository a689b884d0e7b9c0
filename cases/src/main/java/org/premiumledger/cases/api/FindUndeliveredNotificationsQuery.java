package org.premiumledger.cases.api;

/** Household notifications waiting in the outbox for delivery, oldest first. */
public record FindUndeliveredNotificationsQuery(int limit) {}
