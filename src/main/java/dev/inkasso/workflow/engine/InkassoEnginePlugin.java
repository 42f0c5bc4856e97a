package dev.inkasso.workflow.engine;

import dev.inkasso.workflow.CaseLock;
import dev.inkasso.workflow.ProcessDeployment;
import dev.inkasso.workflow.ProcessMigration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.stereotype.Component;

/**
 * Inkasso's one adapter to the engine's internals:
 * <ol>
 *   <li>the engine schema is migrated by Flyway before the engine starts ({@link EngineSchema});</li>
 *   <li>history level {@code inkasso} ({@link InkassoHistoryLevel});</li>
 *   <li>task input is guarded for every client ({@link TaskInputGuard}), and every task completion is audited
 *       ({@link TaskCompletionAudit}); every case task is named after its debtor, amount and days overdue
 *       ({@link TaskNaming});</li>
 *   <li>every job and task command of a case locks the case row first ({@link JobCaseFirst},
 *       {@link CaseLockingJobHandlers}, {@link TaskCaseLock}): one lock order with the domain's requests;</li>
 *   <li>task queries check their grants set-based instead of the engine's quadratic join
 *       ({@link TaskQueryAuthorization}); the job acquisition walks the due-date index instead of sorting every due
 *       job ({@link OrderedJobAcquisition});</li>
 *   <li>decision tables parse each FEEL expression once ({@link ParsedOnceFeelEngine}), and a business rule
 *       task's transient result is not serialized ({@link TransientDecisionResults});</li>
 *   <li>once the engine is built, the models are deployed as versioned bundles and running instances are
 *       migrated to the new versions ({@link ProcessDeployment}, {@link ProcessMigration}), before the job
 *       executor or any start-up runner touches them.</li>
 * </ol>
 */
@Component
@Order(0)
class InkassoEnginePlugin extends AbstractProcessEnginePlugin {
    private final DataSource dataSource;
    private final ProcessDeployment deployment;
    private final ProcessMigration migration;
    private final ObjectProvider<dev.inkasso.audit.AuditLog> audit;
    private final ObjectProvider<CaseLock> caseLock;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final ObjectProvider<dev.inkasso.workflow.TaskTitle> taskTitle;

    InkassoEnginePlugin(DataSource dataSource, ProcessDeployment deployment, ProcessMigration migration,
                        ObjectProvider<dev.inkasso.audit.AuditLog> audit, ObjectProvider<CaseLock> caseLock,
                        ObjectProvider<PlatformTransactionManager> transactions,
                        ObjectProvider<dev.inkasso.workflow.TaskTitle> taskTitle) {
        this.taskTitle = taskTitle;
        this.dataSource = dataSource;
        this.deployment = deployment;
        this.migration = migration;
        this.audit = audit;
        this.caseLock = caseLock;
        this.transactions = transactions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSchema.migrate(dataSource);
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(InkassoHistoryLevel.INSTANCE);
        configuration.setCustomHistoryLevels(levels);

        TaskInputGuard guard = new TaskInputGuard();
        TaskCaseLock taskLock = new TaskCaseLock(caseLock, transactions);
        GuardedTaskService tasks = new GuardedTaskService(guard, taskLock);
        GuardedFormService forms = new GuardedFormService(guard, taskLock);
        guard.bind(tasks, forms);
        taskLock.bind(tasks);
        configuration.setTaskService(tasks);
        configuration.setFormService(forms);

        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new TaskCompletionAudit(audit));
        configuration.getCustomPostBPMNParseListeners().add(new TaskNaming(taskTitle));

        List<JobHandler> handlers = new ArrayList<>();
        if (configuration.getCustomJobHandlers() != null) {
            handlers.addAll(configuration.getCustomJobHandlers());
        }
        handlers.addAll(CaseLockingJobHandlers.all(caseLock));
        configuration.setCustomJobHandlers(handlers);
        // the job's case before anything of the job is read
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new JobCaseFirst(caseLock));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);

        if (!configuration.isDmnFeelEnableLegacyBehavior()) {
            DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                    ? configuration.getDmnEngineConfiguration()
                    : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            List<FeelCustomFunctionProvider> functions = configuration.getDmnFeelCustomFunctionProviders();
            dmn.setFeelEngineFactory(new ParsedOnceFeelEngine.Factory(functions == null ? List.of() : functions));
            configuration.setDmnEngineConfiguration(dmn);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        TaskQueryAuthorization.install(configuration.getSqlSessionFactory().getConfiguration());
        OrderedJobAcquisition.install(configuration.getSqlSessionFactory().getConfiguration(), configuration.getDatabaseType());
        configuration.getVariableSerializers()
                .addSerializer(new TransientDecisionResults(configuration.getDefaultSerializationFormat()), 0);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deployment.deploy(engine.getRepositoryService());
        migration.migrateRunningInstances(engine);
    }
}
