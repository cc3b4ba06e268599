package com.tierflow.bench;

import com.tierflow.support.TestApplicationInitializer;
import com.tierflow.support.TestDatabase;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Benchmarks run on a fresh PostgreSQL database of their own (-Dbench.db-name), with production chunk sizes; the
 * integration tests' database is left alone, so a benchmark can run beside the test suite.
 */
public class BenchDatabaseInitializer extends TestApplicationInitializer {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark", Map.of(
                "tierflow.intake.chunk-size", "5000",
                "tierflow.intake.orders-per-chunk", "2000",
                // the tests' 25-order audit slices would make the benchmark measure 23,000 commits
                "tierflow.audit.orders-per-transaction", "20000")));
    }

    @Override
    protected Map<String, String> database() {
        return TestDatabase.freshPostgres(System.getProperty("bench.db-name", "tierflow_bench"));
    }
}
