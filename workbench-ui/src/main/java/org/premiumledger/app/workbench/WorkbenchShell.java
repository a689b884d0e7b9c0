package org.premiumledger.app.workbench;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page every workbench view lives in. Styles come from a plain stylesheet served by the
 * application ({@code META-INF/resources/styles}): Vaadin's pre-compiled bundles are used as they
 * are, since a custom frontend build cannot run on these machines (see docs/readme/workbench.md).
 */
@StyleSheet("context://styles/workbench.css")
@Meta(name = "robots", content = "noindex")
public class WorkbenchShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("Premium Ledger");
  }
}
