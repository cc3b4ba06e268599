package com.tierflow.console.internal;

import com.tierflow.console.NavigationItem;
import com.tierflow.security.Roles;
import com.tierflow.security.UserAdministration;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class ConsoleConfig implements WebMvcConfigurer {

    static final Set<String> PEOPLE = Set.of(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER, Roles.ROLE_CLERK,
            Roles.ROLE_CUSTOMER_SERVICE, Roles.ROLE_MARKETING);

    @Bean
    NavigationItem dashboardMenuItem() {
        return new NavigationItem("nav.dashboard", "/", "d", 10, PEOPLE);
    }

    @Bean
    NavigationItem ordersMenuItem() {
        return new NavigationItem("nav.orders", "/console/orders", "o", 20, PEOPLE);
    }

    @Bean
    NavigationItem tasksMenuItem() {
        return new NavigationItem("nav.tasks", "/console/tasks", "t", 30, Set.of(Roles.ROLE_CLERK, Roles.ROLE_MANAGER));
    }

    @Bean
    NavigationItem customersMenuItem() {
        return new NavigationItem("nav.customers", "/console/customers", "u", 40, PEOPLE);
    }

    @Bean
    NavigationItem careMenuItem() {
        return new NavigationItem("nav.care", "/console/care", "a", 45,
                Set.of(Roles.ROLE_CUSTOMER_SERVICE, Roles.ROLE_MANAGER, Roles.ROLE_ADMIN));
    }

    @Bean
    NavigationItem promotionsMenuItem() {
        return new NavigationItem("nav.promotions", "/console/promotions", "m", 50,
                Set.of(Roles.ROLE_MARKETING, Roles.ROLE_MANAGER, Roles.ROLE_ADMIN));
    }

    @Bean
    NavigationItem reportsMenuItem() {
        return new NavigationItem("nav.reports", "/console/reports", "r", 70, Set.of(Roles.ROLE_MANAGER, Roles.ROLE_ADMIN));
    }

    /** Managers keep the blacklist; administrators find it among the settings. */
    @Bean
    NavigationItem blacklistMenuItem() {
        return new NavigationItem("nav.blacklist", "/console/settings/blacklist", "b", 80, Set.of(Roles.ROLE_MANAGER));
    }

    @Bean
    NavigationItem importsMenuItem() {
        return new NavigationItem("nav.imports", "/console/imports", "i", 60, Set.of());
    }

    @Bean
    NavigationItem settingsMenuItem() {
        return new NavigationItem("nav.settings", "/console/settings/channels", "s", 90, Set.of(Roles.ROLE_ADMIN));
    }

    /** The bean name Spring MVC looks for. */
    @Bean
    LocaleResolver localeResolver(UserAdministration users) {
        return new UserLocaleResolver(users);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).addPathPatterns("/", "/login", "/console/**");
    }
}
