package dev.inkasso.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs many engine calls as one engine command. Each call of a service (a process start, say) is a command of its own
 * that reads what it needs (the process definition by id: a statement) and ends with a flush of its rows; calls made
 * inside one command share its context instead: what one read the next finds in the command's cache, and the rows of
 * all of them are written in one flush at its end, as one JDBC batch per statement. They still run in the caller's
 * transaction, so a failure of any of them writes none of them.
 */
@Component
public class EngineBatch {
    private final CommandExecutor engine;

    public EngineBatch(ProcessEngine processEngine) {
        this.engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    /** Runs {@code work} (which calls the engine's services) in one engine command. */
    public void inOneCommand(Runnable work) {
        inOneCommand(() -> {
            work.run();
            return null;
        });
    }

    /** As {@link #inOneCommand(Runnable)}, for work with an answer. */
    public <T> T inOneCommand(Supplier<T> work) {
        return engine.execute(context -> work.get());
    }
}
