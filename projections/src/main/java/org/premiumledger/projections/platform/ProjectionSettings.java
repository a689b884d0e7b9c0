package org.premiumledger.projections.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the projections' processors run ({@code premium-ledger.projections.*}). */
@ConfigurationProperties("premium-ledger.projections")
public class ProjectionSettings {

  /** Segments each processor's work is split into; nodes share segments. */
  private int segments = 2;

  /** Threads per processor on this node; each thread claims one segment. */
  private int threadsPerProcessor = 2;

  /** Events handled in one transaction. */
  private int batchSize = 100;

  /** A projection further behind the head of the event store than this shows DEGRADED. */
  private long maxLagEvents = 1_000;

  public int getSegments() {
    return segments;
  }

  public void setSegments(int segments) {
    this.segments = segments;
  }

  public int getThreadsPerProcessor() {
    return threadsPerProcessor;
  }

  public void setThreadsPerProcessor(int threadsPerProcessor) {
    this.threadsPerProcessor = threadsPerProcessor;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public long getMaxLagEvents() {
    return maxLagEvents;
  }

  public void setMaxLagEvents(long maxLagEvents) {
    this.maxLagEvents = maxLagEvents;
  }
}
