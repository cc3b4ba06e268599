package com.tierflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.security.Roles;
import com.tierflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes starting at once on one database run the same bootstrap at the same moment; both must come up. */
@IntegrationTest
class SecurityBootstrapIT {

    private static final int NODES = 4;

    @Autowired
    IdentityBootstrap bootstrap;

    @Autowired
    IdentityProvisioning provisioning;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Test
    void shouldRunAgainWithoutChangingAnything() {
        long groups = identity.createGroupQuery().count();
        long grants = authorizations.createAuthorizationQuery().groupIdIn(Roles.ADMIN, Roles.CAMUNDA_ADMIN).count();

        bootstrap.afterSingletonsInstantiated();

        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Roles.ADMIN, Roles.CAMUNDA_ADMIN).count())
                .isEqualTo(grants);
    }

    @Test
    void shouldCreateGroupOnceWhenNodesRace() throws Exception {
        String groupId = "it-race-" + UUID.randomUUID().toString().substring(0, 8);

        List<Boolean> created = race(() -> provisioning.ensureGroup(groupId, "Race", Groups.GROUP_TYPE_WORKFLOW));

        assertThat(created).containsOnlyOnce(true);
        assertThat(identity.createGroupQuery().groupId(groupId).count()).isEqualTo(1);
    }

    @Test
    void shouldCreateUserAndMembershipOnceWhenNodesRace() throws Exception {
        String userId = "it-race-" + UUID.randomUUID().toString().substring(0, 8);

        List<Boolean> created = race(() -> {
            boolean mine = provisioning.ensureUser(userId, "Race", "User", "password-" + Thread.currentThread().getId());
            provisioning.ensureMembership(userId, Roles.CLERK);
            return mine;
        });

        assertThat(created).containsOnlyOnce(true);
        assertThat(identity.createGroupQuery().groupMember(userId).groupId(Roles.CLERK).count()).isEqualTo(1);
    }

    @Test
    void shouldGrantEverythingOnceWhenNodesRace() throws Exception {
        String groupId = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensureGroup(groupId, "Race", Groups.GROUP_TYPE_SYSTEM);

        race(() -> {
            provisioning.ensureGroupMayDoEverything(groupId);
            return true;
        });

        assertThat(authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceId(Authorization.ANY).count())
                .isEqualTo(Resources.values().length);
    }

    /** Runs the same call on several threads released at the same instant; fails if any of them fails. */
    private static <T> List<T> race(Callable<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(NODES);
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<T>> results = IntStream.range(0, NODES)
                    .mapToObj(node -> nodes.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            nodes.shutdownNow();
        }
    }
}
