package com.tierflow.audit.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.tierflow.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets clerks and managers work order-approval tasks in Camunda Tasklist with authorization checks on: access to
 * Tasklist, reading and working the process's tasks (which group may take which task is the task listener's rule),
 * reading the forms' deployment, and one task filter per group. Creates only what is missing, so every start may run it.
 */
@Component
class ApprovalAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(ApprovalAuthorizations.class);

    static final String CLERK_FILTER = "Order reviews (clerks)";
    static final String MANAGER_FILTER = "Order approvals (managers)";
    static final String MY_FILTER = "My order tasks";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    ApprovalAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void grantOnStart() {
        for (int attempt = 1; ; attempt++) {
            try {
                grant();
                return;
            } catch (ProcessEngineException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                // nodes starting together on a new database grant the same rows; the one that lost finds them in place
                log.info("Approval grants were being written by another node ({}); checking again", raced.getMessage());
            }
        }
    }

    void grant() {
        for (String group : new String[] {Roles.CLERK, Roles.MANAGER}) {
            ensure(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            ensure(group, Resources.PROCESS_DEFINITION, OrderApprovalProcess.KEY, Permissions.READ, Permissions.READ_TASK,
                    Permissions.UPDATE_TASK, Permissions.READ_HISTORY);
            ensure(group, Resources.DECISION_DEFINITION, AuditDecision.DECISION_KEY, Permissions.READ);
            ensure(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        }
        Map<String, String> groupFilters = Map.of(CLERK_FILTER, Roles.CLERK, MANAGER_FILTER, Roles.MANAGER);
        groupFilters.forEach((name, group) -> ensure(group, Resources.FILTER, filter(name,
                tasks.createTaskQuery().processDefinitionKey(OrderApprovalProcess.KEY).taskCandidateGroup(group)
                        .orderByDueDate().asc()), Permissions.READ));
        String mine = filter(MY_FILTER, tasks.createTaskQuery().processDefinitionKey(OrderApprovalProcess.KEY)
                .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(Roles.CLERK, Resources.FILTER, mine, Permissions.READ);
        ensure(Roles.MANAGER, Resources.FILTER, mine, Permissions.READ);
    }

    private String filter(String name, org.camunda.bpm.engine.task.TaskQuery query) {
        List<Filter> existing = filters.createFilterQuery().filterName(name).orderByFilterId().asc().list();
        if (!existing.isEmpty()) {
            // nodes starting together on a new database may each have saved one: all keep the same, the oldest id
            existing.stream().skip(1).forEach(this::deleteDuplicate);
            return existing.get(0).getId();
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query)
                .setProperties(Map.of("description", "order-approval tasks", "refresh", true, "priority", 10));
        return filters.saveFilter(filter).getId();
    }

    private void deleteDuplicate(Filter duplicate) {
        try {
            filters.deleteFilter(duplicate.getId());
        } catch (ProcessEngineException deletedByTheOtherNode) {
            log.debug("Duplicate filter {} was deleted meanwhile", duplicate.getId());
        }
    }

    private void ensure(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
