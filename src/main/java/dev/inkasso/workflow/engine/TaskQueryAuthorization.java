package dev.inkasso.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * Tasklist's query without the engine's quadratic authorization join. Camunda 7.24 checks a task query's grants by
 * joining {@code ACT_RU_AUTHORIZATION} on "resource id in (task, definition key, '*')", which the database can only
 * evaluate as every open task against every grant of the user's groups; and every candidate group holds one grant per
 * task. With 2 000 open tasks of one group that is 4 million comparisons per page (0.3-0.8 s), with 20 000 a hundred
 * times more. The forks replaced the join with subqueries (operaton/operaton#3152, cibseven#151); this does the same
 * through a MyBatis plugin on the engine's session factory: the engine's two task query statements (list and count) run
 * as those of {@code TaskQueryAuthorization.xml}, which keeps the engine's own criteria, ordering and paging and checks the grants
 * as subqueries of their own (hashed once, or by index per task for a page walked in index order). Only where the engine would join: an authorization check for a user, no revoke grants in
 * use, no composite checks. The groups holding any grant, which the engine reads before each such query, are read by
 * index instead of a scan of every grant. Everything else, and every other statement, runs unchanged.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class TaskQueryAuthorization extends ExecutorQueryPlugin {
    private static final String MAPPER = "dev/inkasso/workflow/engine/TaskQueryAuthorization.xml";
    private static final String NAMESPACE = "dev.inkasso.workflow.engine.TaskQueryAuthorization.";
    private static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";

    private static final String LIST = ENGINE_NAMESPACE + "selectTaskByQueryCriteria";
    private static final String COUNT = ENGINE_NAMESPACE + "selectTaskCountByQueryCriteria";
    /** Read by every query with an authorization check, Cockpit's and Tasklist's alike. */
    private static final String GROUPS_WITH_GRANTS =
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";

    private final MappedStatement list;
    private final MappedStatement listById;
    private final MappedStatement count;
    private final MappedStatement groupsWithGrants;

    private TaskQueryAuthorization(Configuration mybatis) {
        this.list = mybatis.getMappedStatement(NAMESPACE + "selectVisibleTasks");
        this.listById = mybatis.getMappedStatement(NAMESPACE + "selectVisibleTasksById");
        this.count = mybatis.getMappedStatement(NAMESPACE + "selectVisibleTaskCount");
        this.groupsWithGrants = mybatis.getMappedStatement(NAMESPACE + "selectGroupsWithGrants");
    }

    /** Loads the statements into the engine's MyBatis configuration and plugs the replacement in. */
    static void install(Configuration mybatis) {
        try (InputStream mapper = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(MAPPER)) {
            if (mapper == null) {
                throw new IllegalStateException(MAPPER + " is not on the class path");
            }
            new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MAPPER, e);
        }
        mybatis.addInterceptor(new TaskQueryAuthorization(mybatis));
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object[] args = invocation.getArgs();
        String statement = ((MappedStatement) args[0]).getId();
        if (statement.equals(GROUPS_WITH_GRANTS)) {
            args[0] = groupsWithGrants;
            return invocation.proceed();
        }
        if (!(statement.equals(LIST) || statement.equals(COUNT)) || !(args[1] instanceof TaskQueryImpl query)
                || !joinsGrants(query.getAuthCheck())) {
            return invocation.proceed();
        }
        MappedStatement replacement = statement.equals(COUNT) ? count : byOwnColumns(query) ? listById : list;
        // the engine's criteria are included with its own grant check switched off; the replacement adds its own
        AuthorizationCheck check = query.getAuthCheck();
        check.setAuthorizationCheckEnabled(false);
        try {
            args[0] = replacement;
            return invocation.proceed();
        } finally {
            check.setAuthorizationCheckEnabled(true);
        }
    }

    /** Ordered by the task's own columns only (no variable or other table to order by). */
    private static boolean byOwnColumns(TaskQueryImpl query) {
        return query.getOrderingProperties().stream()
                .allMatch(org.camunda.bpm.engine.impl.QueryOrderingProperty::isContainedProperty);
    }

    /** The case Task.xml answers with its grant join (its other cases are left to the engine). */
    private static boolean joinsGrants(AuthorizationCheck check) {
        // the mapping's "authCheck.shouldPerformAuthorizatioCheck" is this getter: enabled and permissions to check
        return check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                && !check.isRevokeAuthorizationCheckEnabled()
                && check.getPermissionChecks().getCompositeChecks().isEmpty()
                && !check.getPermissionChecks().getAtomicChecks().isEmpty();
    }
}
