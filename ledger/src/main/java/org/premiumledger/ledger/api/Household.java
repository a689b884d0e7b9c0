package org.premiumledger.ledger.api;

/** Who the household is and how it wants to hear from us. Personal data: never logged. */
public record Household(
    String subscriberName,
    String language,
    String email,
    String phone,
    String notificationChannel,
    String state) {
  public Household {
    for (String text : new String[] {subscriberName, email, phone}) {
      if (text != null && text.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "expected printable text, found a control character in '" + text.strip() + "'");
      }
    }
    if (subscriberName == null || subscriberName.isBlank()) {
      throw new IllegalArgumentException("expected the subscriber's name, found nothing");
    }
    if (!"en".equals(language) && !"es".equals(language)) {
      throw new IllegalArgumentException("expected language en or es, found '" + language + "'");
    }
    if (notificationChannel == null || notificationChannel.isBlank()) {
      notificationChannel = "email";
    }
    if (!notificationChannel.matches("email|sms|mail")) {
      throw new IllegalArgumentException(
          "expected notification channel email, sms or mail, found '" + notificationChannel + "'");
    }
    if (state != null && !state.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("expected a two-letter state, found '" + state + "'");
    }
  }
}
