package com.tierflow.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** Every "now" comes from here, so tests and as-of runs can move time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
