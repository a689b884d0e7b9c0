package org.premiumledger.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.premiumledger.app.staff.StaffAccountRefusal;
import org.premiumledger.app.staff.StaffRole;

/** No text is missing in either language, and every key the code asks for exists. */
class TranslationsTest {

  private static final Pattern KEY_IN_CODE =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

  @Test
  void englishAndSpanishHaveTheSameKeys() throws IOException {
    Set<String> english = load("i18n/workbench.properties").stringPropertyNames();
    Set<String> spanish = load("i18n/workbench_es.properties").stringPropertyNames();

    assertThat(new TreeSet<>(spanish)).isEqualTo(new TreeSet<>(english));
  }

  @Test
  void noTextIsEmptyOrLeftUntranslated() throws IOException {
    Properties english = load("i18n/workbench.properties");
    Properties spanish = load("i18n/workbench_es.properties");
    Set<String> sameInBoth =
        Set.of("app.name", "role.SUPERVISOR", "role.AUDITOR", "admin.roles", "admin.no");

    for (String key : english.stringPropertyNames()) {
      assertThat(english.getProperty(key)).as(key).isNotBlank();
      assertThat(spanish.getProperty(key)).as(key).isNotBlank();
      if (!sameInBoth.contains(key)) {
        assertThat(spanish.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void everyPatternIsAValidMessageFormat() throws IOException {
    for (String bundle :
        new String[] {"i18n/workbench.properties", "i18n/workbench_es.properties"}) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (text.contains("{0}")) {
          assertThat(new MessageFormat(text).format(new Object[] {"X", "Y", "Z"}))
              .as(bundle + " " + key)
              .contains("X");
        }
      }
    }
  }

  @Test
  void everyKeyTheCodeAsksForExists() throws IOException {
    Set<String> keys = load("i18n/workbench.properties").stringPropertyNames();
    Set<String> asked = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
        while (matcher.find()) {
          asked.add(matcher.group(1));
        }
      }
    }
    WorkbenchViews.ENTRIES.forEach(entry -> asked.add(entry.titleKey()));
    for (StaffRole role : StaffRole.values()) {
      asked.add("role." + role.name());
    }
    for (StaffAccountRefusal refusal : StaffAccountRefusal.values()) {
      asked.add(refusal.messageKey());
    }

    assertThat(asked).hasSizeGreaterThan(50);
    assertThat(keys).containsAll(asked);
  }

  @Test
  void theProviderFallsBackToEnglishAndFormatsParameters() {
    WorkbenchTranslations translations = new WorkbenchTranslations();

    assertThat(translations.getTranslation("admin.changeRolesOf", java.util.Locale.GERMAN, "ana"))
        .isEqualTo("Roles of ana");
    assertThat(
            translations.getTranslation(
                "signIn.error.delayed", java.util.Locale.forLanguageTag("es-MX"), 8))
        .isEqualTo("Demasiados intentos fallidos. Vuelva a intentarlo dentro de 8 segundos.");
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
