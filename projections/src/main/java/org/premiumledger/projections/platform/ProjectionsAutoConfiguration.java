package org.premiumledger.projections.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Brings the projections module into any Spring Boot application that has it on the class path. */
@AutoConfiguration(before = org.axonframework.springboot.autoconfig.AxonAutoConfiguration.class)
@ComponentScan(
    basePackages = "org.premiumledger.projections",
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.CUSTOM,
            classes = AutoConfigurationExcludeFilter.class))
@EnableConfigurationProperties(ProjectionSettings.class)
public class ProjectionsAutoConfiguration {}
