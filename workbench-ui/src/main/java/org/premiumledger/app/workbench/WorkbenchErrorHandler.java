package org.premiumledger.app.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where an unexpected failure in the workbench is logged, once, with a short
 * reference; the user sees a plain message carrying that reference, never a stack trace. An action
 * refused by the server's authorization is shown as such and logged without a trace.
 */
@Component
class WorkbenchErrorHandler implements ErrorHandler, VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(WorkbenchErrorHandler.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
  }

  @Override
  public void error(ErrorEvent event) {
    Throwable failure = event.getThrowable();
    if (causedBy(failure, AccessDeniedException.class)) {
      log.warn("action refused by authorization: {}", failure.getClass().getSimpleName());
      show("error.accessDenied");
      return;
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("unexpected failure in the workbench reference={}", reference, failure);
    show("error.unexpected", reference);
  }

  private static void show(String key, Object... parameters) {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    // Vaadin calls the handler while the failed request still holds the session's lock
    Notification notification =
        Notification.show(ui.getTranslation(key, parameters), 8000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
