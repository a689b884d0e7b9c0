package org.premiumledger.app.workbench;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workbench's texts in English and Spanish, from {@code i18n/workbench*.properties}
 * (MessageFormat placeholders). A test keeps the two bundles' keys identical.
 */
@Component
public class WorkbenchTranslations implements I18NProvider {

  public static final String BUNDLE = "i18n/workbench";
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale SPANISH = Locale.forLanguageTag("es");
  public static final List<Locale> LANGUAGES = List.of(ENGLISH, SPANISH);

  private static final Logger log = LoggerFactory.getLogger(WorkbenchTranslations.class);

  @Override
  public List<Locale> getProvidedLocales() {
    return LANGUAGES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = supported(locale);
    try {
      String pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  language,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
      return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    } catch (MissingResourceException e) {
      log.warn("missing translation key={} language={}", key, language.getLanguage());
      return "!" + key;
    }
  }

  /** The supported language nearest to the one asked for: Spanish for any Spanish, else English. */
  public static Locale supported(Locale locale) {
    return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
  }
}
