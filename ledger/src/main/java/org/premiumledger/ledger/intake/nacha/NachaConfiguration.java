package org.premiumledger.ledger.intake.nacha;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Brings in the NACHA settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AchSettings.class)
class NachaConfiguration {}
