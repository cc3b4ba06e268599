package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void shouldMapEveryRoleGroupToItsAuthorityConstant() {
        assertThat(Roles.ALL.stream().map(Roles::authorityOf).toList()).containsExactly(
                Roles.ROLE_ADMIN, Roles.ROLE_MANAGER, Roles.ROLE_CLERK, Roles.ROLE_CUSTOMER_SERVICE,
                Roles.ROLE_MARKETING, Roles.ROLE_CHANNEL);
    }

    @Test
    void shouldTurnDashesIntoUnderscores() {
        assertThat(Roles.authorityOf("customer-service")).isEqualTo("ROLE_CUSTOMER_SERVICE");
        assertThat(Roles.authorityOf(Roles.CAMUNDA_ADMIN)).isEqualTo("ROLE_CAMUNDA_ADMIN");
    }

    @Test
    void shouldUseCamundasOwnAdministratorsGroup() {
        assertThat(Roles.CAMUNDA_ADMIN).isEqualTo(Groups.CAMUNDA_ADMIN);
        assertThat(Roles.ALL).doesNotContain(Roles.CAMUNDA_ADMIN);
    }
}
