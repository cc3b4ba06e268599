package com.tierflow.security.internal;

import com.tierflow.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One user per role for trying Tierflow out; their random passwords are logged once, when they are created. */
@Component
@Profile("demo")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("manager", "Manager", Roles.MANAGER),
            new DemoUser("clerk", "Clerk", Roles.CLERK),
            new DemoUser("service", "Service", Roles.CUSTOMER_SERVICE),
            new DemoUser("marketing", "Marketing", Roles.MARKETING),
            new DemoUser("channel", "Channel", Roles.CHANNEL));

    /** The demo's first channel (created by the demo module); the demo channel user pushes files for it. */
    static final String DEMO_CHANNEL = "TMALL";

    private final IdentityProvisioning provisioning;
    private final ChannelAccessMapper channelAccess;

    DemoAccounts(IdentityProvisioning provisioning, ChannelAccessMapper channelAccess) {
        this.provisioning = provisioning;
        this.channelAccess = channelAccess;
    }

    void ensureOnePerRole() {
        Map<DemoUser, String> created = new LinkedHashMap<>();
        for (DemoUser user : USERS) {
            String password = Passwords.random();
            if (provisioning.ensureUser(user.id(), "Demo", user.lastName(), password)) {
                created.put(user, password);
            }
            provisioning.ensureMembership(user.id(), user.role());
            if (user.role().equals(Roles.CHANNEL) && channelAccess.findChannelsOf(user.id()).isEmpty()) {
                channelAccess.insertMembership(user.id(), DEMO_CHANNEL);
            }
        }
        if (created.isEmpty()) {
            log.info("Demo users exist already; their passwords were logged when they were created");
        } else {
            log.info(passwordBlock(created));
        }
    }

    private static String passwordBlock(Map<DemoUser, String> created) {
        StringBuilder block = new StringBuilder("\n==========================================================\n")
                .append("  Tierflow demo users (shown once; change them in Camunda Admin)\n")
                .append("  console: http://localhost:<port>/   channel user pushes files for " + DEMO_CHANNEL + "\n");
        created.forEach((user, password) -> block.append(String.format("  %-10s %-26s role %s%n",
                user.id(), password, user.role())));
        return block.append("==========================================================").toString();
    }

    private record DemoUser(String id, String lastName, String role) {
    }
}
