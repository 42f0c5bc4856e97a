package dev.inkasso.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The engine's tables, created and upgraded by Flyway with Camunda's own SQL scripts (shipped inside the
 * camunda-engine jar), before the engine starts; the engine itself never changes the schema
 * ({@code camunda.bpm.database.schema-update: false}). Its history table is {@code public.engine_schema_history},
 * apart from the domain's ({@code inkasso.flyway_schema_history}).
 *
 * <p>A database whose engine tables were made by an earlier Inkasso (schema-update on) is baselined at 7.24.0.
 * Upgrading the engine is one more migration here: {@code V7_25_0} running {@code db/upgrade/postgres_engine_7.24_to_7.25.sql}.
 */
final class EngineSchema {
    static final String HISTORY_TABLE = "engine_schema_history";

    private EngineSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .defaultSchema("public")
                .table(HISTORY_TABLE)
                .locations("classpath:db/engine") // later upgrades: Camunda's upgrade scripts as V7_25_0__….sql
                .javaMigrations(new V7_24_0__Camunda_engine())
                .baselineOnMigrate(true)
                .baselineVersion("7.24.0")
                .baselineDescription("engine tables created by the engine itself")
                .load()
                .migrate();
    }

    /** Camunda 7.24's PostgreSQL create scripts, in the order the engine runs them. */
    static final class V7_24_0__Camunda_engine extends BaseJavaMigration {
        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion("7.24.0");
        }

        @Override
        public String getDescription() {
            return "Camunda 7.24 engine schema";
        }

        private static final List<String> SCRIPTS = List.of("engine", "history", "identity", "case.engine",
                "case.history", "decision.engine", "decision.history");

        @Override
        public void migrate(Context context) throws SQLException {
            Connection connection = context.getConnection();
            for (String part : SCRIPTS) {
                ScriptUtils.executeSqlScript(connection,
                        new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
            }
        }
    }
}
