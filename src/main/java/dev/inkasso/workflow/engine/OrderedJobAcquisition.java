package dev.inkasso.workflow.engine;

import java.sql.Connection;
import java.sql.Statement;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * The job executor's acquisition reads the first due jobs in due-date order from the due-date index
 * ({@code db/engine/V7_24_0_1}) and stops at its limit, instead of fetching every due job and sorting them.
 *
 * <p>The acquisition asks for "due jobs, not locked, ordered by due date, the first few". Whenever many jobs fall due
 * at once — a CSV import of 1 000 invoices, the morning's reminders — the table's statistics still describe the
 * minute before, PostgreSQL expects a handful of due rows and plans a bitmap scan of all of them plus a sort:
 * {@code auto_explain} during a CSV intake showed 16–30 ms per acquisition for 2 917 due jobs, half an acquisition per
 * case (bench/RESULTS.md), and the cost grows with the backlog (a wave of 100 000 due reminders sorts 100 000 rows for
 * every ten it takes). Walking the index in order reads only the jobs in progress and the few it returns, however long
 * the backlog. This plugin forbids the sort for the acquisition's own transaction ({@code set local enable_sort = off}:
 * a plan that needs one is taken only when nothing else answers); the statement, its rows and their order are the
 * engine's. The acquisition's transaction holds only that query and the lock updates by id.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class OrderedJobAcquisition extends ExecutorQueryPlugin {
    static final String ACQUISITION = "org.camunda.bpm.engine.impl.persistence.entity.JobEntity.selectNextJobsToExecute";

    private OrderedJobAcquisition() {
    }

    /** Plugs the planner setting into the engine's MyBatis configuration (PostgreSQL only: the setting is its own). */
    static void install(Configuration mybatis, String databaseType) {
        if ("postgres".equals(databaseType)) {
            mybatis.addInterceptor(new OrderedJobAcquisition());
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (((MappedStatement) invocation.getArgs()[0]).getId().equals(ACQUISITION)) {
            Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
            // "local": until the acquisition's transaction ends; outside one (auto-commit) it would do nothing
            if (!connection.getAutoCommit()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local enable_sort = off");
                }
            }
        }
        return invocation.proceed();
    }
}
