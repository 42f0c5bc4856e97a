package dev.inkasso.workflow.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter builds it, plus Inkasso's mapping of refused task input to HTTP 400. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {
    @Override
    protected void registerAdditionalResources() {
        register(RefusedTaskInputMapper.class);
    }
}
