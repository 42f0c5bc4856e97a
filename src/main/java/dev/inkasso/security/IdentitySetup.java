package dev.inkasso.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the roles exist as Camunda groups with what each may see and do, plus the Tasklist filters
 * per group and the first administrator. Idempotent: runs at every start and adds only what is missing.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    private static final Map<String, String> GROUP_NAMES = Map.of(
            Groups.COLLECTORS, "Сотрудники взыскания",
            Groups.LAWYERS, "Юристы",
            Groups.MANAGERS, "Руководители",
            Groups.ADMINS, "Администраторы",
            Groups.AGENCIES, "Коллекторские агентства (API)",
            Groups.INTEGRATIONS, "Интеграции: банк, ERP (API)",
            Groups.MONITORING, "Мониторинг (Prometheus)",
            Groups.CREDIT_API, "Продажи, ERP: кредитный статус (API)");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final SecurityProperties properties;
    private final MonitoringProperties monitoring;

    public IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                         TaskService tasks, SecurityProperties properties, MonitoringProperties monitoring) {
        this.monitoring = monitoring;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUP_NAMES.forEach(this::ensureGroup);
        for (Resources resource : Resources.values()) {
            grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
        }
        for (String worker : List.of(Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS)) {
            grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(worker, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(worker, Resources.DEPLOYMENT, ANY, Permissions.READ);
            // Tasklist's "Start process" for the hold form
            grant(worker, Resources.PROCESS_DEFINITION, "place-hold", Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(worker, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // the credit review tasks and reconciliation returns are worked in Tasklist like the collection tasks
        ensureFilter("Кредитный контроль", "Кредитные заявки на рассмотрении и возврат актов сверки", -4,
                sorted(tasks.createTaskQuery().processDefinitionKeyIn("credit-check", "reconciliation")),
                Groups.COLLECTORS, Groups.MANAGERS);
        grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, Permissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB);
        grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Groups.MANAGERS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Groups.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(Groups.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        retireFilter("Взыскание");      // the per-group lists of earlier versions, replaced by the ones below
        retireFilter("Судебные дела");
        retireFilter("Задачи группы");  // renamed «Группа»
        ensureFilter("Мои задачи", "Назначенные мне", -20, sorted(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS);
        ensureFilter("Группа", "Задачи моих групп, в том числе взятые коллегами", -10,
                sorted(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
                Groups.COLLECTORS, Groups.LAWYERS);
        ensureFilter("Просроченные", "Задачи моих групп, срок которых прошёл", -5,
                sorted(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueBeforeExpression("${now()}")), Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS);
        ensureFilter("Суд", "Судебная и исполнительная стадии", -5,
                sorted(tasks.createTaskQuery().taskCandidateGroup(Groups.LAWYERS).includeAssignedTasks()), Groups.LAWYERS);
        ensureFilter("Все задачи", "Все задачи всех групп", 0, sorted(tasks.createTaskQuery()), Groups.MANAGERS);
        if (properties.hasAdmin()) {
            ensureUser(properties.adminUser(), properties.adminPassword(), "Администратор", Groups.ADMINS);
        }
        if (monitoring.isSet()) {
            ensureUser(monitoring.user(), monitoring.password(), "Prometheus", Groups.MONITORING);
        }
    }

    /** Creates the user in the group if it does not exist; an existing user's password is never reset. */
    public void ensureUser(String id, String password, String firstName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName("Inkasso");
            user.setEmail(id + "@inkasso.local");
            identity.saveUser(user);
            log.info("Created user {}", id);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(id, groupId);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Highest priority (the strategy's) first, then the earliest due date. */
    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    /**
     * A Tasklist filter for {@code groups} (managers see every filter). Its list shows the case's strategy decision
     * beside each task's name (debtor, amount, days overdue).
     */
    private void ensureFilter(String name, String description, int priority, TaskQuery query, String... groups) {
        // two nodes starting together may both have created it: the oldest one counts, a duplicate never stops a start
        Filter filter = filters.createFilterQuery().filterName(name).orderByFilterId().asc().list().stream().findFirst().orElse(null);
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(Map.of("priority", priority,
                    "description", description, "refresh", true, "showUndefinedVariable", false,
                    "variables", List.of(Map.of("name", "strategy", "label", "Стратегия"),
                            Map.of("name", "escalationRoute", "label", "Эскалация"))));
            filters.saveFilter(filter);
        }
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
        grant(Groups.MANAGERS, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private void retireFilter(String name) {
        filters.createFilterQuery().filterName(name).list().forEach(f -> filters.deleteFilter(f.getId()));
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission permission : permissions) {
            auth.addPermission(permission);
        }
        authorizations.saveAuthorization(auth);
    }
}
