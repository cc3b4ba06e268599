package com.tierflow.security.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the OpenAPI document, and so Swagger UI's "Authorize" button, that every API call uses HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final String SCHEME = "basicAuth";

    @Bean
    OpenApiCustomizer httpBasicSecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("basic")
                    .description("Your Tierflow (Camunda) user name and password"));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
