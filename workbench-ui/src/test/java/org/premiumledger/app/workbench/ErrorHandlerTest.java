package org.premiumledger.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlerTest extends KaribuTest {

  @Test
  void anUnexpectedFailureShowsAPlainMessageWithAReference() {
    VaadinSession.getCurrent()
        .getErrorHandler()
        .error(new ErrorEvent(new IllegalStateException("database exploded at 10.0.0.3")));

    assertThat(NotificationsKt.getNotifications()).hasSize(1);
    assertThat(text())
        .matches(
            "Something went wrong and nothing was changed by it\\. If it happens again, tell"
                + " support the reference [0-9a-f]{8}\\.")
        .doesNotContain("database");
  }

  @Test
  void aRefusalByTheServersAuthorizationIsShownAsSuch() {
    VaadinSession.getCurrent()
        .getErrorHandler()
        .error(new ErrorEvent(new RuntimeException(new AccessDeniedException("denied"))));

    NotificationsKt.expectNotifications("You are not allowed to do that.");
  }

  private static String text() {
    return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()
        .get(0)
        .getElement()
        .getProperty("text");
  }
}
