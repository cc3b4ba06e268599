package com.tierflow.security.internal;

import com.tierflow.security.Roles;
import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups behind the roles, with the names Camunda Admin shows. */
enum RoleGroup {

    ADMIN(Roles.ADMIN, "Tierflow administrators", Groups.GROUP_TYPE_SYSTEM),
    CAMUNDA_ADMIN(Roles.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM),
    MANAGER(Roles.MANAGER, "Managers", Groups.GROUP_TYPE_WORKFLOW),
    CLERK(Roles.CLERK, "Order clerks", Groups.GROUP_TYPE_WORKFLOW),
    CUSTOMER_SERVICE(Roles.CUSTOMER_SERVICE, "Customer service", Groups.GROUP_TYPE_WORKFLOW),
    MARKETING(Roles.MARKETING, "Marketing", Groups.GROUP_TYPE_WORKFLOW),
    CHANNEL(Roles.CHANNEL, "Sales channels (machine accounts)", Groups.GROUP_TYPE_WORKFLOW);

    final String id;
    final String displayName;
    final String type;

    RoleGroup(String id, String displayName, String type) {
        this.id = id;
        this.displayName = displayName;
        this.type = type;
    }
}
