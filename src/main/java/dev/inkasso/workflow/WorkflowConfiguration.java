package dev.inkasso.workflow;

import dev.inkasso.workflow.engine.EngineClock;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {
    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
