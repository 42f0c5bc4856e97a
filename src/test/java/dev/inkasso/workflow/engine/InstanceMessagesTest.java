package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A message delivered to the instance's own subscription does what the engine's correlation does, and no more. */
class InstanceMessagesTest extends IntegrationTest {
    private static final String PING = "Ping";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    InstanceMessages messages;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    /** start -> Task_Wait -> end, with a non-interrupting event subprocess started by the message Ping. */
    private String deployWaitingWithPing() {
        String key = "instance-messages-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessBuilder process = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1);
        process.eventSubProcess().startEvent("Start_Ping").interrupting(false).message(PING).endEvent("End_Ping");
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn",
                process.startEvent().userTask("Task_Wait").endEvent().done()).deploy();
        return key;
    }

    @Test
    void aMessageRunsTheInstancesEventSubprocessWithItsVariablesWhereTheCorrelationPutsThem() {
        String key = deployWaitingWithPing();
        ProcessInstance delivered = runtime.startProcessInstanceByKey(key);
        ProcessInstance correlated = runtime.startProcessInstanceByKey(key);

        messages.deliver(delivered.getId(), PING, Map.of("pingId", "P-1"));
        runtime.createMessageCorrelation(PING).processInstanceId(correlated.getId()).setVariableLocal("pingId", "P-1").correlate();

        BpmnAwareTests.assertThat(delivered).hasPassed("Start_Ping", "End_Ping").isWaitingAt("Task_Wait");
        BpmnAwareTests.assertThat(correlated).hasPassed("Start_Ping", "End_Ping").isWaitingAt("Task_Wait");
        HistoricVariableInstance mine = pingIdOf(delivered);
        HistoricVariableInstance theEngines = pingIdOf(correlated);
        assertThat(mine.getValue()).isEqualTo("P-1");
        // on the same scope: the instance's execution, where the correlation's setVariableLocal puts it
        assertThat(mine.getExecutionId().equals(delivered.getId()))
                .isEqualTo(theEngines.getExecutionId().equals(correlated.getId()));
        assertThat(runtime.getVariablesLocal(delivered.getId()).keySet())
                .isEqualTo(runtime.getVariablesLocal(correlated.getId()).keySet());
    }

    @Test
    void anInstanceWithoutTheSubscriptionIsRefusedAndKeepsWaiting() {
        String key = "instance-messages-none-" + UUID.randomUUID().toString().substring(0, 8);
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done()).deploy();
        ProcessInstance pi = runtime.startProcessInstanceByKey(key);

        assertThatThrownBy(() -> messages.deliver(pi.getId(), PING, Map.of("pingId", "P-2")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(PING);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Wait");
        assertThat(runtime.getVariables(pi.getId())).isEmpty();
    }

    private HistoricVariableInstance pingIdOf(ProcessInstance pi) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("pingId").singleResult();
    }
}
