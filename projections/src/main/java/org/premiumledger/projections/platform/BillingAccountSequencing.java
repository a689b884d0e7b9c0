package org.premiumledger.projections.platform;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.premiumledger.ledger.api.BillingAccountId;

/**
 * Sends every event of one billing account, whichever aggregate published it (the account, its
 * payments), to the same segment in store order, so a running balance is computed in the ledger's
 * order even when segments run on different nodes. Events of no account go by their aggregate.
 */
public class BillingAccountSequencing implements SequencingPolicy<EventMessage<?>> {

  private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

  @Override
  public Object getSequenceIdentifierFor(EventMessage<?> event) {
    BillingAccountId account = billingAccountOf(event.getPayload());
    if (account != null) {
      return account.value();
    }
    if (event instanceof DomainEventMessage<?> domainEvent) {
      return domainEvent.getAggregateIdentifier();
    }
    return event.getIdentifier();
  }

  /** The billing account an event names through a {@code billingAccountId()} accessor, or null. */
  public static BillingAccountId billingAccountOf(Object payload) {
    Optional<Method> accessor =
        ACCESSORS.computeIfAbsent(payload.getClass(), BillingAccountSequencing::findAccessor);
    if (accessor.isEmpty()) {
      return null;
    }
    try {
      return (BillingAccountId) accessor.get().invoke(payload);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read billingAccountId of " + payload.getClass(), e);
    }
  }

  private static Optional<Method> findAccessor(Class<?> type) {
    try {
      Method method = type.getMethod("billingAccountId");
      return method.getReturnType() == BillingAccountId.class
          ? Optional.of(method)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }
}
