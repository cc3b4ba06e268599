package com.tierflow.security.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.tierflow.security.ChannelTokens;
import jakarta.servlet.DispatcherType;
import com.tierflow.security.Roles;
import com.tierflow.shared.auditlog.AuditLog;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * One filter chain per kind of client, tried in order. String patterns are path patterns on the path within the
 * application (see {@link #pathPatternMatchers()}), so they match the Jersey servlets of Camunda as well as Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterChains {


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
    SecurityFilterChain engineRest(HttpSecurity http, ProblemResponses problems, ChannelAccessRules channelRules)
            throws Exception {
        return statelessBasic(http.securityMatcher("/engine-rest/**"), problems)
                // channel machine accounts push files; the process engine is none of their business
                .authorizeHttpRequests(requests -> requests.anyRequest().access(channelRules.people()))
                .build();
    }

    /**
     * The Tierflow API for machine clients and scripts: a channel token or HTTP Basic on every call, no session, no CSRF
     * token. Channel clients reach only their own channel's uploads and imports; every rule is in
     * src/test/resources/security/endpoint-access.csv, which the authorization matrix test checks.
     */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ChannelAccessRules channelRules,
            ChannelTokens tokens, AuditLog auditLog) throws Exception {
        return statelessBasic(http.securityMatcher("/api/**"), problems)
                .addFilterBefore(new ChannelTokenFilter(tokens, auditLog, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/reports", "/api/reports/**", "/api/report-schedules", "/api/report-schedules/**")
                        .hasAnyAuthority(Roles.ROLE_MANAGER, Roles.ROLE_ADMIN)
                        .requestMatchers("/api/channels/*/tokens", "/api/channels/*/tokens/**", "/api/users",
                                "/api/users/**").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers(POST, "/api/channels/{code}/imports").access(channelRules.upload())
                        .requestMatchers(POST, "/api/channels").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers(PUT, "/api/channels/**").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers(POST, "/api/orders/*/status").hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        // delivery: a channel pushes its own shipment files; the outcome comes back in the answer
                        .requestMatchers(POST, "/api/channels/{code}/shipment-files").access(channelRules.shipmentUpload())
                        .requestMatchers(GET, "/api/shipment-files/*").hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers(POST, "/api/channels/*/delivery-batches", "/api/channels/*/order-changes",
                                "/api/channels/*/order-change-files")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers(GET, "/api/delivery-batches/**")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers("/api/approval-tasks", "/api/approval-tasks/**")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers("/api/blacklist", "/api/blacklist/**")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        .requestMatchers(POST, "/api/classification/runs")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        // the controller narrows care tasks to customer-service and promotion tasks to marketing
                        .requestMatchers("/api/engagement/tasks", "/api/engagement/tasks/**")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER, Roles.ROLE_CUSTOMER_SERVICE, Roles.ROLE_MARKETING)
                        .requestMatchers(GET, "/api/channels/{code}").access(channelRules.channel())
                        .requestMatchers(GET, "/api/imports").access(channelRules.importList())
                        .requestMatchers(GET, "/api/imports/{id}", "/api/imports/{id}/**")
                        .access(channelRules.importOfChannel())
                        .requestMatchers(GET, "/api/**").access(channelRules.people())
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

    /**
     * The web console: a login form, a session and CSRF tokens, as a browser expects. Pages a role may not see answer
     * 403 with a page that says so; each rule is also a line in src/test/resources/security/endpoint-access.csv.
     */
    @Bean
    @Order(5)
    SecurityFilterChain console(HttpSecurity http, ChannelAccessRules channelRules) throws Exception {
        return http
                .securityMatcher("/", "/login", "/logout", "/console", "/console/**", "/assets/**", "/favicon.ico")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/assets/**", "/favicon.ico").permitAll()
                        .requestMatchers("/console/settings/blacklist", "/console/settings/blacklist/**")
                        .hasAnyAuthority(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER)
                        .requestMatchers("/console/settings", "/console/settings/**").hasAuthority(Roles.ROLE_ADMIN)
                        .requestMatchers("/console/tasks", "/console/tasks/**")
                        .hasAnyAuthority(Roles.ROLE_CLERK, Roles.ROLE_MANAGER)
                        .requestMatchers("/console/reports", "/console/reports/**")
                        .hasAnyAuthority(Roles.ROLE_MANAGER, Roles.ROLE_ADMIN)
                        .requestMatchers("/console/care", "/console/care/**")
                        .hasAnyAuthority(Roles.ROLE_CUSTOMER_SERVICE, Roles.ROLE_MANAGER, Roles.ROLE_ADMIN)
                        .requestMatchers("/console/promotions", "/console/promotions/**")
                        .hasAnyAuthority(Roles.ROLE_MARKETING, Roles.ROLE_MANAGER, Roles.ROLE_ADMIN)
                        .requestMatchers("/console/imports", "/console/imports/**", "/console/profile",
                                "/console/denied").authenticated()
                        .anyRequest().access(channelRules.people()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new ConsoleLandingPage())
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/console/denied"))
                .build();
    }

    /** Everything else: the read-only API docs are public, the rest needs a signed-in user. */
    @Bean
    @Order(6)
    SecurityFilterChain everythingElse(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
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
