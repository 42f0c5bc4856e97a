package dev.inkasso.workflow.engine;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * A message to a subscription on a process instance's own execution — the message start of an event subprocess at
 * the top level of the process — delivered as the engine's correlation delivers it once it has found that execution
 * (the same command, the same variables, the same authorization check), without searching for it first. The
 * correlation's search is an execution query whose SQL MyBatis builds for each call from every criterion a query may
 * have: a twentieth of a payment request (bench/RESULTS.md). An instance without the subscription is refused, as a
 * correlation that matches nothing is.
 */
@Component
public class InstanceMessages {
    private final CommandExecutor engine;

    public InstanceMessages(RuntimeService runtime) {
        this.engine = ((ServiceImpl) runtime).getCommandExecutor();
    }

    /**
     * Delivers {@code messageName} to the subscription on the instance's execution, with {@code localVariables} set on
     * that execution (as the correlation's {@code setVariableLocal}).
     */
    public void deliver(String processInstanceId, String messageName, Map<String, Object> localVariables) {
        engine.execute(new MessageEventReceivedCmd(messageName, processInstanceId, null, localVariables, null));
    }
}
