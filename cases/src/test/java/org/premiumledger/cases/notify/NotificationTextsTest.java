package org.premiumledger.cases.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every message exists in English and Spanish, and formats without leftover placeholders. */
class NotificationTextsTest {

  @Test
  void noKeyIsMissingInEitherLanguage() {
    Set<String> english = keys("en");
    Set<String> spanish = keys("es");

    assertThat(english).isNotEmpty().isEqualTo(spanish);
  }

  @Test
  void everyTopicHasASubjectAndABody() {
    for (String key : keys("en")) {
      String topic = key.substring(0, key.lastIndexOf('.'));
      assertThat(keys("en")).contains(topic + ".subject", topic + ".body");
    }
  }

  @Test
  void everyMessageFormatsCompletely() {
    for (String language : NotificationTexts.LANGUAGES) {
      for (String key : keys(language)) {
        String topic = key.substring(0, key.lastIndexOf('.'));
        NotificationTexts.Message message =
            NotificationTexts.render(topic, language, "AB12CD34", "$300.00", "A bank statement.");
        assertThat(message.subject() + message.body())
            .doesNotContain("{", "}")
            .doesNotContain("''");
      }
    }
  }

  @Test
  void theDuplicateChargeNoticeApologisesInBothLanguages() {
    assertThat(
            NotificationTexts.render("case-opened.duplicate", "en", "AB12CD34", "$300.00", null)
                .body())
        .startsWith(
            "We're sorry. It looks like we may have charged you twice for the same"
                + " amount, $300.00. We opened case AB12CD34");
    assertThat(
            NotificationTexts.render("case-opened.duplicate", "es", "AB12CD34", "$300.00", null)
                .body())
        .startsWith("Lo sentimos. Parece que le cobramos dos veces la misma cantidad, $300.00.");
  }

  private static Set<String> keys(String language) {
    ResourceBundle bundle = NotificationTexts.bundle(language);
    assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
    return new HashSet<>(Collections.list(bundle.getKeys()));
  }
}
