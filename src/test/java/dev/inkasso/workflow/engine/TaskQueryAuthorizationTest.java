package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkasso.support.ApiTest;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Task queries check their grants through {@code TaskQueryAuthorization.xml} instead of the engine's join, and see
 * exactly what the engine's rules allow: a task's candidate group, a grant on the task, on its definition or on every
 * task. Every query here is shown to have run the replacement statement (its log), so none passes on the engine's own.
 */
@ExtendWith(OutputCaptureExtension.class)
class TaskQueryAuthorizationTest extends ApiTest {
    private static final String STATEMENTS = "dev.inkasso.workflow.engine.TaskQueryAuthorization";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService engineIdentity;
    @Autowired
    LoggingSystem logging;
    @Autowired
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String key;

    @BeforeEach
    void twoGroupsTasks() {
        logging.setLogLevel(STATEMENTS, LogLevel.DEBUG);
        key = "task-auth-" + UUID.randomUUID().toString().substring(0, 8);
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent().parallelGateway("Fork")
                .userTask("Task_Collect").camundaCandidateGroups(Groups.COLLECTORS).camundaDueDate("${due}").endEvent()
                .moveToNode("Fork").userTask("Task_Court").camundaCandidateGroups(Groups.LAWYERS).endEvent()
                .moveToNode("Fork").userTask("Task_Nobody").endEvent().done()).deploy();
        for (int days : new int[] {3, 1, 2}) {
            runtime.startProcessInstanceByKey(key, Map.of("due", Date.from(Instant.now().plus(days, ChronoUnit.DAYS))));
        }
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel(STATEMENTS, null);
        engineIdentity.clearAuthentication();
    }

    @Test
    void eachGroupSeesItsCandidateTasksThroughTheRestApi(CapturedOutput output) throws Exception {
        assertThat(taskKeys(OFFICER, "")).containsOnly("Task_Collect").hasSize(3);
        assertThat(taskKeys("testlawyer", "")).containsOnly("Task_Court").hasSize(3);
        // managers hold READ on every task: all nine, the one without candidates too
        assertThat(taskKeys(MANAGER, "")).hasSize(9);
        assertThat(count(OFFICER)).isEqualTo(3);
        assertThat(count("testlawyer")).isEqualTo(3);
        // Tasklist's list: the group's tasks, the nearest due date first, one page
        JsonNode page = JSON.readTree(get(OFFICER, "/engine-rest/task?processDefinitionKey=" + key + "&candidateGroup="
                + Groups.COLLECTORS + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=2").getBody());
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("due").asText()).isLessThan(page.get(1).get("due").asText());
        assertThat(output.getOut()).contains("selectVisibleTasksById").contains("selectVisibleTaskCount");
    }

    @Test
    void orderedByAVariableOrByTheNameTheGroupStillSeesItsTasksOnce(CapturedOutput output) {
        engineIdentity.setAuthentication("officer-" + key, List.of(Groups.COLLECTORS));
        List<Task> byDue = query().orderByProcessVariable("due", org.camunda.bpm.engine.variable.type.ValueType.DATE)
                .asc().list();
        assertThat(byDue).extracting(Task::getTaskDefinitionKey).containsOnly("Task_Collect").hasSize(3);
        assertThat(byDue).extracting(Task::getDueDate).isSorted();
        // ordered by another table's value: the replacement keeps the engine's select distinct
        assertThat(output.getOut()).containsPattern("selectVisibleTasks\\s+:");
        assertThat(query().orderByTaskNameCaseInsensitive().asc().list()).hasSize(3);
        // a task matched by two identity links is listed once
        engineIdentity.clearAuthentication();
        tasks.addCandidateUser(byDue.get(0).getId(), "officer-" + key);
        engineIdentity.setAuthentication("officer-" + key, List.of(Groups.COLLECTORS));
        assertThat(query().taskCandidateGroup(Groups.COLLECTORS).includeAssignedTasks().or()
                .taskCandidateUser("officer-" + key).taskCandidateGroup(Groups.COLLECTORS).endOr()
                .orderByDueDate().asc().list()).hasSize(3);
        // and counted once
        assertThat(query().or().taskCandidateUser("officer-" + key).taskCandidateGroup(Groups.COLLECTORS).endOr()
                .count()).isEqualTo(3);
    }

    @Test
    void grantsOnTheTaskTheDefinitionOrEveryTaskShowWhatTheyName(CapturedOutput output) {
        String user = "auth-" + key;
        engineIdentity.setAuthentication(user, List.of("group-" + key));
        assertThat(visible()).isEmpty();
        assertThat(query().count()).isZero();

        engineIdentity.clearAuthentication();
        Task one = tasks.createTaskQuery().processDefinitionKey(key).taskDefinitionKey("Task_Nobody").listPage(0, 1).get(0);
        grant(user, null, Resources.TASK, one.getId(), Permissions.READ);
        engineIdentity.setAuthentication(user, List.of("group-" + key));
        assertThat(visible()).extracting(Task::getId).containsExactly(one.getId());

        engineIdentity.clearAuthentication();
        grant(null, "group-" + key, Resources.PROCESS_DEFINITION, key, Permissions.READ_TASK);
        engineIdentity.setAuthentication(user, List.of("group-" + key));
        assertThat(visible()).hasSize(9);
        assertThat(query().count()).isEqualTo(9);
        // a grant of a group the user is not in shows nothing
        engineIdentity.setAuthentication("other-" + key, List.of("another-group"));
        assertThat(visible()).isEmpty();

        String everyTask = "every-" + key;
        engineIdentity.clearAuthentication();
        grant(everyTask, null, Resources.TASK, Authorization.ANY, Permissions.READ);
        engineIdentity.setAuthentication(everyTask, List.of());
        assertThat(visible()).hasSize(9);
        assertThat(output.getOut()).contains("selectVisibleTasks");
    }

    @Test
    void theGroupsHoldingGrantsAreReadByIndexAndAreAllOfThem(CapturedOutput output) {
        grant(null, "group-" + key, Resources.TASK, Authorization.ANY, Permissions.READ);
        grant(null, "zz-last-" + key, Resources.TASK, "no-such-task", Permissions.READ);
        List<String> read = engine.getCommandExecutorTxRequired().execute(command ->
                command.getDbEntityManager().selectList("selectAuthorizedGroupIds"));
        assertThat(read).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class))
                .contains("group-" + key, "zz-last-" + key, Groups.COLLECTORS);
        assertThat(output.getOut()).contains("selectGroupsWithGrants");
    }

    private TaskQuery query() {
        return tasks.createTaskQuery().processDefinitionKey(key);
    }

    private List<Task> visible() {
        return query().list();
    }

    private void grant(String user, String group, Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (user != null) {
            grant.setUserId(user);
        } else {
            grant.setGroupId(group);
        }
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    private List<String> taskKeys(String user, String filter) throws Exception {
        JsonNode list = JSON.readTree(get(user, "/engine-rest/task?processDefinitionKey=" + key + filter).getBody());
        return StreamSupport.stream(list.spliterator(), false).map(t -> t.get("taskDefinitionKey").asText()).toList();
    }

    private long count(String user) throws Exception {
        return JSON.readTree(get(user, "/engine-rest/task/count?processDefinitionKey=" + key).getBody()).get("count").asLong();
    }
}
