package dev.inkasso.workflow.engine;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine (feel-scala) with every expression parsed once. Camunda 7.24 parses a decision table's input
 * expressions and every rule's entries anew on each evaluation: the collection-strategy table (7 inputs, 9 rules) is
 * evaluated as every case opens, and its parsing was a tenth of that job's CPU samples in a 5 000-case run; parsed
 * once, the table evaluates 5.7 times faster (DecisionBenchmark, bench/RESULTS.md). Here a parsed
 * expression is kept by its text and evaluated against each call's variables, as feel-scala's own parse-once API
 * intends ({@code parseUnaryTests}/{@code parseExpression}, then {@code eval}); what does not parse is handed to the
 * engine unchanged, so a failure reads exactly as before. Everything else (value mappers, functions, the refusal of
 * external functions) is Camunda's own configuration.
 */
public final class ParsedOnceFeelEngine extends ScalaFeelEngine {
    /** Expressions come from deployed tables; more than this many distinct ones means a leak, so start over. */
    static final int MAX_CACHED = 10_000;

    public ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    /** A DMN engine (no engine history, no process engine) evaluating FEEL through this class. */
    public static DmnEngine dmnEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        return configuration.feelEngineFactory(new Factory(List.of())).buildEngine();
    }

    @Override
    protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions, CompositeValueMapper values) {
        org.camunda.feel.FeelEngine camundas = super.buildFeelEngine(functions, values);
        return new Parsing(camundas.functionProvider(), camundas.valueMapper(), camundas.configuration(), camundas.clock());
    }

    /** How many expressions this engine has parsed (not evaluated): a table evaluated again parses nothing. */
    long parsedExpressions() {
        return ((Parsing) feelEngine).parsed.get();
    }

    /** What the engine configuration names as its FEEL engine factory. */
    public static final class Factory extends ScalaFeelEngineFactory {
        public Factory(List<FeelCustomFunctionProvider> functionProviders) {
            super(functionProviders);
        }

        @Override
        public FeelEngine createInstance() {
            return new ParsedOnceFeelEngine(customFunctionProviders == null ? List.of() : customFunctionProviders);
        }
    }

    /** feel-scala's engine with its two string entry points answered from parsed expressions. */
    private static final class Parsing extends org.camunda.feel.FeelEngine {
        private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
        private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
        private final AtomicLong parsed = new AtomicLong();

        Parsing(org.camunda.feel.context.FunctionProvider functions, org.camunda.feel.valuemapper.ValueMapper values,
                org.camunda.feel.FeelEngine.Configuration configuration, org.camunda.feel.FeelEngineClock clock) {
            super(functions, values, configuration, clock);
        }

        @Override
        public Either<Failure, Object> evalUnaryTests(String expression, Context context) {
            ParsedExpression tests = parsed(unaryTests, expression, this::parseUnaryTests);
            // feel-scala's own evalUnaryTests casts the value to a boolean; ScalaFeelEngine unboxes it the same way
            return tests == null ? super.evalUnaryTests(expression, context) : eval(tests, context);
        }

        @Override
        public Either<Failure, Object> evalExpression(String expression, Context context) {
            ParsedExpression parsedExpression = parsed(expressions, expression, this::parseExpression);
            return parsedExpression == null ? super.evalExpression(expression, context) : eval(parsedExpression, context);
        }

        /** The parsed expression, or null when it does not parse (the caller lets the engine report why). */
        private ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
                                        Function<String, Either<Failure, ParsedExpression>> parser) {
            ParsedExpression known = cache.get(text);
            if (known != null) {
                return known;
            }
            Either<Failure, ParsedExpression> result = parser.apply(text);
            parsed.incrementAndGet();
            if (!(result instanceof Right<Failure, ParsedExpression> right)) {
                return null;
            }
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(text, right.value());
            return right.value();
        }
    }
}
