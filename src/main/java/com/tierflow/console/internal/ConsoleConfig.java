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
