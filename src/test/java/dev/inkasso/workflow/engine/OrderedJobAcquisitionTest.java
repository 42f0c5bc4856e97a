package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.IntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The job acquisition's transaction plans without a sort; every other statement as before. */
class OrderedJobAcquisitionTest extends IntegrationTest {
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAcquisitionWalksTheDueDateIndexInsteadOfSorting() {
        String during = rolledBack(() -> {
            engine.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(engine.getJobExecutor(), 3));
            return jdbc.queryForObject("show enable_sort", String.class);
        });

        assertThat(during).isEqualTo("off");
        assertThat(jdbc.queryForObject("show enable_sort", String.class)).as("after its transaction").isEqualTo("on");
    }

    @Test
    void otherStatementsPlanAsBefore() {
        String during = rolledBack(() -> {
            engine.getManagementService().createJobQuery().orderByJobDuedate().asc().listPage(0, 3);
            return jdbc.queryForObject("show enable_sort", String.class);
        });

        assertThat(during).isEqualTo("on");
    }

    /** Runs in one transaction that is rolled back, so that the jobs the acquisition locks stay as they were. */
    private String rolledBack(java.util.function.Supplier<String> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
