package org.premiumledger.cases.notify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of household notifications, from the message bundles in English and Spanish. A key
 * missing in either language fails a test, never a household.
 */
public final class NotificationTexts {

  static final String BUNDLE = "org.premiumledger.cases.notify.messages";
  static final java.util.List<String> LANGUAGES = java.util.List.of("en", "es");

  private NotificationTexts() {}

  /** A subject and body, with {0} the case number, {1} the amount and {2} what we need. */
  public record Message(String subject, String body) {}

  public static Message render(
      String topic, String language, String caseNumber, String amount, String needed) {
    ResourceBundle bundle = bundle(language);
    Locale locale = Locale.forLanguageTag(language);
    Object[] arguments = {caseNumber, amount == null ? "" : amount, needed == null ? "" : needed};
    return new Message(
        new MessageFormat(bundle.getString(topic + ".subject"), locale).format(arguments),
        new MessageFormat(bundle.getString(topic + ".body"), locale).format(arguments));
  }

  static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
