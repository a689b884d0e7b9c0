package org.premiumledger.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on real PostgreSQL: embedded by default, or a Testcontainers server of the
 * production version with {@code -Dpremium-ledger.test.db=testcontainers}. Every test class with
 * this annotation shares one Spring context and one database, so tests use their own ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"db-scheduler.enabled=false", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface PremiumLedgerIntegrationTest {}
