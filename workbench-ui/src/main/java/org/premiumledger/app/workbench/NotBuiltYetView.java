package org.premiumledger.app.workbench;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose content depends on parts of Premium Ledger not built yet: it says so plainly rather
 * than show anything that looks finished.
 */
public abstract class NotBuiltYetView extends Main implements HasDynamicTitle {

  private final String titleKey;

  protected NotBuiltYetView(String titleKey, String purposeKey) {
    this.titleKey = titleKey;
    addClassName("workbench-content");
    H1 heading = new H1(getTranslation(titleKey));
    heading.addClassName("workbench-title");
    add(
        heading,
        new Paragraph(getTranslation(purposeKey)),
        new Paragraph(getTranslation("view.notBuiltYet")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey) + " · " + getTranslation("app.name");
  }
}
