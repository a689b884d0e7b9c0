package org.premiumledger.app.workbench;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Where Spring Security finds the signed-in user: in the HTTP session of the current Vaadin session
 * when there is one (so that work done for a UI outside its request, such as push, still knows the
 * user), else in the current thread. This is what Vaadin's own {@code
 * VaadinAwareSecurityContextHolderStrategy} does, with one difference: the thread's holder is
 * shared by every instance, so two application contexts in one JVM (as in the test suite, where a
 * random-port server runs beside the mock one) do not each keep their own and miss each other's.
 */
final class WorkbenchSecurityContextHolderStrategy implements SecurityContextHolderStrategy {

  private static final ThreadLocal<SecurityContext> THREAD_CONTEXT = new ThreadLocal<>();

  @Override
  public void clearContext() {
    THREAD_CONTEXT.remove();
  }

  @Override
  public SecurityContext getContext() {
    SecurityContext fromSession = fromVaadinSession();
    if (fromSession != null) {
      return fromSession;
    }
    SecurityContext context = THREAD_CONTEXT.get();
    if (context == null) {
      context = createEmptyContext();
      THREAD_CONTEXT.set(context);
    }
    return context;
  }

  @Override
  public void setContext(SecurityContext context) {
    if (context == null) {
      throw new IllegalArgumentException("a security context is required");
    }
    THREAD_CONTEXT.set(context);
  }

  @Override
  public SecurityContext createEmptyContext() {
    return new SecurityContextImpl();
  }

  private static SecurityContext fromVaadinSession() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null) {
      return null;
    }
    WrappedSession httpSession = session.getSession();
    if (httpSession == null) {
      return null;
    }
    Object context =
        httpSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    return context instanceof SecurityContext securityContext ? securityContext : null;
  }
}
