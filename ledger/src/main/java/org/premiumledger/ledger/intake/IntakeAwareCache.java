package org.premiumledger.ledger.intake;

import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps the aggregates a file import changes out of Axon's shared aggregate caches until the file's
 * transaction commits. A file's commands share one transaction, but each command's own unit of work
 * ends before it; a cached aggregate would then show other threads state that may yet be rolled
 * back. On an import thread this cache neither answers nor stores: the import loads its aggregates
 * from the event store in its own transaction, and what it changes is evicted.
 */
final class IntakeAwareCache implements Cache {

  private static final ThreadLocal<Boolean> IMPORTING = ThreadLocal.withInitial(() -> false);

  private final Cache delegate;

  IntakeAwareCache(Cache delegate) {
    this.delegate = delegate;
  }

  /**
   * Runs work as a file import: no aggregate this thread touches is read from or put in a cache.
   */
  static <T> T importing(Supplier<T> work) {
    IMPORTING.set(true);
    try {
      return work.get();
    } finally {
      IMPORTING.remove();
    }
  }

  private static boolean importing() {
    return IMPORTING.get();
  }

  @Override
  public <K, V> V get(K key) {
    return importing() ? null : delegate.get(key);
  }

  @Override
  public void put(Object key, Object value) {
    if (importing()) {
      delegate.remove(key);
    } else {
      delegate.put(key, value);
    }
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    if (importing()) {
      delegate.remove(key);
      return true;
    }
    return delegate.putIfAbsent(key, value);
  }

  @Override
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    if (importing()) {
      delegate.remove(key);
      return valueSupplier.get();
    }
    return delegate.computeIfAbsent(key, valueSupplier);
  }

  @Override
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    if (importing()) {
      delegate.remove(key);
    } else {
      delegate.computeIfPresent(key, update);
    }
  }

  @Override
  public boolean remove(Object key) {
    return delegate.remove(key);
  }

  @Override
  public void removeAll() {
    delegate.removeAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return !importing() && delegate.containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
    return delegate.registerCacheEntryListener(cacheEntryListener);
  }

  /** Wraps the ledger's aggregate caches. */
  @Component
  static class Wrapper implements BeanPostProcessor {

    private static final Set<String> AGGREGATE_CACHES =
        Set.of("billingAccountCache", "paymentCache");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof Cache cache && AGGREGATE_CACHES.contains(beanName)) {
        return new IntakeAwareCache(cache);
      }
      return bean;
    }
  }
}
