package dev.inkasso.workflow.engine;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.plugin.Interceptor;

/**
 * A MyBatis plugin on the engine's {@code Executor.query} that wraps only executors. MyBatis offers every plugin each
 * statement, parameter and result-set handler it creates, and the default {@link Interceptor#plugin} reads the plugin's
 * {@code @Intercepts} by reflection each time to find that it has nothing to wrap there: six reflective look-ups per
 * statement for two plugins, 1.8 % of a warm request's JFR samples (bench/RESULTS.md). An executor is created once
 * per engine command.
 */
abstract class ExecutorQueryPlugin implements Interceptor {

    @Override
    public final Object plugin(Object target) {
        return target instanceof Executor ? Interceptor.super.plugin(target) : target;
    }
}
