package com.tierflow.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test database and a private data folder, makes the inbox poll quickly and fixes the
 * administrator's password.
 */
public class TestApplicationInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(database());
        properties.put("tierflow.data-dir", Path.of("target", "it-data", TestDatabase.runId()).toAbsolutePath().toString());
        properties.put("tierflow.intake.inbox-poll-interval", "300ms");
        properties.put("tierflow.intake.inbox-settle-time", "0s");
        properties.put("tierflow.intake.chunk-size", "50");
        properties.put("tierflow.intake.orders-per-chunk", "30");
        properties.put("tierflow.node-id", "it-node-" + TestDatabase.runId());
        properties.put("tierflow.security.admin.password", TestUsers.ADMIN_PASSWORD);
        // BCrypt's cheapest cost: tests sign in thousands of times, production keeps the default of 10
        properties.put("tierflow.security.bcrypt-strength", "4");
        // test files carry order times from 2024 on; a 30-day window would send every order to a clerk
        properties.put("tierflow.audit.max-order-age", "3650d");
        // small audit slices, so that tests of a few dozen orders cross slice boundaries
        properties.put("tierflow.audit.orders-per-transaction", "25");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("integration-test", properties));
    }

    /** The database this context runs on; benchmarks bring their own, and must not drop the test database. */
    protected Map<String, String> database() {
        return TestDatabase.properties();
    }
}
