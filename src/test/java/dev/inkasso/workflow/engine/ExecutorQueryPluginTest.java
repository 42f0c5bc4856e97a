package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Proxy;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.Test;

/** The engine's plugins wrap the executor and hand every per-statement handler back untouched. */
class ExecutorQueryPluginTest {

    @Test
    void onlyExecutorsAreWrapped() {
        Configuration mybatis = new Configuration();
        OrderedJobAcquisition.install(mybatis, "postgres");
        var plugin = mybatis.getInterceptors().get(0);

        assertThat(Proxy.isProxyClass(plugin.plugin(mock(Executor.class)).getClass())).as("executor").isTrue();
        for (Object handler : new Object[] {mock(StatementHandler.class), mock(ParameterHandler.class), mock(ResultSetHandler.class)}) {
            assertThat(plugin.plugin(handler)).as("a statement's handler").isSameAs(handler);
        }
    }

    @Test
    void aWrappedExecutorsQueriesReachThePlugin() throws Throwable {
        int[] seen = {0};
        ExecutorQueryPlugin counting = new CountingPlugin(seen);
        Executor executor = (Executor) counting.plugin(mock(Executor.class));

        executor.query(null, null, null, null);
        executor.isClosed();

        assertThat(seen[0]).as("query intercepted, other methods not").isEqualTo(1);
    }

    @Intercepts(@Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
    private static final class CountingPlugin extends ExecutorQueryPlugin {
        private final int[] seen;

        CountingPlugin(int[] seen) {
            this.seen = seen;
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            seen[0]++;
            return invocation.proceed();
        }
    }
}
