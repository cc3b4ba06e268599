package com.tierflow.bench;

import com.tierflow.support.TestApplicationInitializer;
import com.tierflow.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Benchmarks run on a fresh PostgreSQL database of their own (-Dbench.db-name), with production chunk sizes. */
public class BenchDatabaseInitializer extends TestApplicationInitializer {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshPostgres(System.getProperty("bench.db-name", "tierflow_bench")));
        properties.put("tierflow.intake.chunk-size", "5000");
        properties.put("tierflow.intake.orders-per-chunk", "2000");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
    }
}
