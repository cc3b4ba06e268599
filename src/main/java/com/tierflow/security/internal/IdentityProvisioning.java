package com.tierflow.security.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates users, groups, memberships and grants in Camunda's identity service unless they exist. Safe when several
 * nodes start at once on one database: each create runs in its own engine transaction, and when it fails because
 * another node created the same row first, the re-check finds it and the failure is dropped.
 */
@Component
class IdentityProvisioning {

    private static final Logger log = LoggerFactory.getLogger(IdentityProvisioning.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    IdentityProvisioning(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** @return whether this call created the group */
    boolean ensureGroup(String id, String name, String type) {
        return createUnlessPresent("group " + id, () -> groupExists(id), () -> {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        });
    }

    /** @return whether this call created the user, i.e. whether {@code password} is now the user's password */
    boolean ensureUser(String id, String firstName, String lastName, String password) {
        return createUnlessPresent("user " + id, () -> userExists(id), () -> {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identity.saveUser(user);
        });
    }

    private boolean userExists(String id) {
        return identity.createUserQuery().userId(id).count() > 0;
    }

    void ensureMembership(String userId, String groupId) {
        createUnlessPresent("membership of " + userId + " in " + groupId, () -> isMember(userId, groupId),
                () -> identity.createMembership(userId, groupId));
    }

    /** Grants the group every permission on every Camunda resource type (what the starter gives camunda-admin). */
    void ensureGroupMayDoEverything(String groupId) {
        Set<Integer> granted = grantedResourceTypes(groupId);
        for (Resource resource : Resources.values()) {
            if (!granted.contains(resource.resourceType())) {
                createUnlessPresent("grant of " + resource.resourceName() + " to " + groupId,
                        () -> grantedResourceTypes(groupId).contains(resource.resourceType()),
                        () -> grantAll(groupId, resource));
            }
        }
    }

    private void grantAll(String groupId, Resource resource) {
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(ANY);
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
    }

    private Set<Integer> grantedResourceTypes(String groupId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceId(ANY)
                .list().stream()
                .map(Authorization::getResourceType)
                .collect(Collectors.toSet());
    }

    private boolean groupExists(String id) {
        return identity.createGroupQuery().groupId(id).count() > 0;
    }

    private boolean isMember(String userId, String groupId) {
        return identity.createGroupQuery().groupId(groupId).groupMember(userId).count() > 0;
    }

    private static boolean createUnlessPresent(String what, BooleanSupplier exists, Runnable create) {
        if (exists.getAsBoolean()) {
            return false;
        }
        try {
            create.run();
            return true;
        } catch (ProcessEngineException e) {
            if (exists.getAsBoolean()) {
                log.info("Another node created the {} at the same moment; the engine error logged just before is"
                        + " harmless", what);
                return false;
            }
            throw e;
        }
    }
}
