package com.tierflow.security.internal;

import com.tierflow.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups, the administrator and the administrators' Camunda grants exist. Runs after all beans
 * exist and before the web server takes requests, so no request meets an empty user base.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityProvisioning provisioning;
    private final AdminAccountProperties admin;
    private final Environment environment;
    private final ObjectProvider<DemoAccounts> demoAccounts;

    IdentityBootstrap(IdentityProvisioning provisioning, AdminAccountProperties admin, Environment environment,
            ObjectProvider<DemoAccounts> demoAccounts) {
        this.provisioning = provisioning;
        this.admin = admin;
        this.environment = environment;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (RoleGroup group : RoleGroup.values()) {
            provisioning.ensureGroup(group.id, group.displayName, group.type);
        }
        provisioning.ensureGroupMayDoEverything(Roles.ADMIN);
        provisioning.ensureGroupMayDoEverything(Roles.CAMUNDA_ADMIN);
        ensureAdministrator();
        demoAccounts.ifAvailable(DemoAccounts::ensureOnePerRole);
    }

    private void ensureAdministrator() {
        if (admin.hasWellKnownPassword() && !environment.matchesProfiles("demo")) {
            throw new IllegalStateException("tierflow.security.admin.password is a well-known default password;"
                    + " set a password of your own (or leave it unset to have one generated).");
        }
        String password = admin.hasPassword() ? admin.password() : Passwords.random();
        boolean created = provisioning.ensureUser(admin.username(), "Tierflow", "Administrator", password);
        provisioning.ensureMembership(admin.username(), Roles.ADMIN);
        provisioning.ensureMembership(admin.username(), Roles.CAMUNDA_ADMIN);
        if (!created) {
            log.info("Admin user '{}' exists; its password is left as it is", admin.username());
        } else if (admin.hasPassword()) {
            log.info("Created admin user '{}' with the password from tierflow.security.admin.password", admin.username());
        } else if (environment.matchesProfiles("demo")) {
            log.info("""

                    ==========================================================
                      Tierflow admin password: {}   (user '{}')
                    ==========================================================""", password, admin.username());
        } else {
            log.warn("""

                    ==========================================================
                      Tierflow admin password: {}   (user '{}')
                      Generated because tierflow.security.admin.password is not set.
                      Set it, or change this password in Camunda Admin, before production use.
                    ==========================================================""", password, admin.username());
        }
    }
}
