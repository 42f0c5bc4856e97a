package dev.inkasso.support;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The process-test coverage collector on the engine of every test context, except where
 * {@code inkasso.test.process-coverage=false}: the benchmarks measure the production engine, and the collector's
 * listener on every element (a few per cent of a case's first job) and its state, which is not thread-safe, are not
 * part of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inkasso.test.process-coverage", havingValue = "true", matchIfMissing = true)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageCollector {
    /** The property benchmarks set, in their {@code @TestPropertySource}. */
    public static final String OFF = "inkasso.test.process-coverage=false";
}
