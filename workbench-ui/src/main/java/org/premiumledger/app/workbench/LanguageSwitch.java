package org.premiumledger.app.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lets the user pick English or Spanish; the page reloads in the chosen language. Each language is
 * named in itself, so that someone who reads only that one finds it.
 */
public class LanguageSwitch extends Select<Locale> {

  public LanguageSwitch(Consumer<Locale> onChosen) {
    setItems(WorkbenchTranslations.LANGUAGES);
    setItemLabelGenerator(
        locale ->
            locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
    setAriaLabel(getTranslation("language.label"));
    setValue(WorkbenchTranslations.supported(getLocale()));
    setWidth("9em");
    addValueChangeListener(
        event -> {
          if (event.isFromClient() && event.getValue() != null) {
            onChosen.accept(event.getValue());
            VaadinSession.getCurrent().setLocale(event.getValue());
            UI.getCurrent().getPage().reload();
          }
        });
  }
}
