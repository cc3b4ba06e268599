package com.tierflow.security.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.tierflow.security.Roles;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain per kind of client, tried in order. String patterns are path patterns on the path within the
 * application (see {@link #pathPatternMatchers()}), so they match the Jersey servlets of Camunda as well as Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterChains {

    private static final String[] ANY_ROLE = Roles.ALL.stream().map(Roles::authorityOf).toArray(String[]::new);

    /** Makes every string pattern below a PathPatternRequestMatcher instead of an MVC matcher that cannot see Jersey. */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** Cockpit, Tasklist and Admin log users in themselves and carry their own CSRF filter; Spring stays out. */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/camunda/**", "/error")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    /** The engine REST API; Camunda's own filter then re-authenticates the call so its authorizations apply. */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, ProblemResponses problems) throws Exception {
        return statelessBasic(http.securityMatcher("/engine-rest/**"), problems)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .build();
    }

    /** The Tierflow API for machine clients and scripts: HTTP Basic on every call, no session, no CSRF token. */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return statelessBasic(http.securityMatcher("/api/**"), problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(POST, "/api/channels/*/imports")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_CLERK, Roles.ROLE_CHANNEL)
                        .requestMatchers(POST, "/api/channels").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers(PUT, "/api/channels/**").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers(POST, "/api/orders/*/status").hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        // delivery: a channel pushes its own shipment files (checked per channel in the controller)
                        .requestMatchers(POST, "/api/channels/*/shipment-files")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER, Roles.ROLE_CHANNEL)
                        .requestMatchers(GET, "/api/shipment-files/*")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER, Roles.ROLE_CHANNEL)
                        .requestMatchers(POST, "/api/channels/*/delivery-batches", "/api/channels/*/order-changes",
                                "/api/channels/*/order-change-files")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers(GET, "/api/delivery-batches/**")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers("/api/approval-tasks", "/api/approval-tasks/**")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers("/api/blacklist", "/api/blacklist/**")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        .requestMatchers(GET, "/api/**").hasAnyAuthority(ANY_ROLE)
                        // a change the role matrix does not name yet is for administrators only
                        .anyRequest().hasAuthority(Roles.ROLE_ADMIN))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) throws Exception {
        return statelessBasic(http.securityMatcher(EndpointRequest.toAnyEndpoint()), problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(Roles.ROLE_ADMIN))
                .build();
    }

    /** Everything else: the read-only API docs are public, the rest needs a signed-in user. */
    @Bean
    @Order(5)
    SecurityFilterChain everythingElse(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    private static HttpSecurity statelessBasic(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable);
    }
}
