package org.premiumledger.projections.tracking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.premiumledger.projections.api.ProjectionName;
import org.premiumledger.projections.platform.ProjectionSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Each projection's lag (the head of the event store minus the processor's lowest segment position)
 * as the gauge {@code premium_ledger.projection.lag} and as the health contributor {@code
 * projections}: DEGRADED when any lags by more than {@code
 * premium-ledger.projections.max-lag-events}.
 */
@Component("projections")
class ProjectionLag implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "a projection lags behind the events");

  private final ProjectionPositions positions;
  private final ProjectionSettings settings;

  ProjectionLag(
      ProjectionPositions positions,
      ProjectionSettings settings,
      ObjectProvider<MeterRegistry> registry) {
    this.positions = positions;
    this.settings = settings;
    registry.ifAvailable(this::registerGauges);
  }

  private void registerGauges(MeterRegistry registry) {
    for (ProjectionName projection : ProjectionName.values()) {
      Gauge.builder("premium_ledger.projection.lag", positions, p -> p.lag(projection, p.head()))
          .description("events the projection is behind the head of the event store")
          .baseUnit("events")
          .tag("projection", projection.cliName())
          .register(registry);
    }
  }

  @Override
  public Health health() {
    long head = positions.head();
    Map<String, Object> lags = new LinkedHashMap<>();
    boolean behind = false;
    for (ProjectionName projection : ProjectionName.values()) {
      long lag = positions.lag(projection, head);
      lags.put(projection.cliName(), lag);
      behind |= lag > settings.getMaxLagEvents();
    }
    return Health.status(behind ? DEGRADED : Status.UP)
        .withDetail("head", head)
        .withDetail("maxLagEvents", settings.getMaxLagEvents())
        .withDetail("lag", lags)
        .build();
  }
}
