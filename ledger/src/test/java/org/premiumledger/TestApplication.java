package org.premiumledger;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application that integration tests of the library modules start: every module brings itself
 * in through its auto-configuration, exactly as in the real application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {}
