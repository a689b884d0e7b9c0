package org.premiumledger.cases.api;

/** How staff and the household spoke. */
public enum ContactChannel {
  PHONE,
  EMAIL,
  SMS,
  MAIL,
  CHAT,
  IN_PERSON
}
