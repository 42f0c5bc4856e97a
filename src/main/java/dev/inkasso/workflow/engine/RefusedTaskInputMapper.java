package dev.inkasso.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * A task listener refuses bad input (e.g. a promise dated in the past) with a FormFieldValidationException;
 * the engine wraps it, and the REST API would answer 500. This answers 400 instead, naming the variable,
 * and the task stays open because the engine rolled the completion back.
 */
@Provider
@Priority(1)
public class RefusedTaskInputMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof FormFieldValidationException refused) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "InvalidRequestException");
                body.put("message", refused.getMessage());
                body.put("errors", refused instanceof RefusedInput input
                        ? input.problems().entrySet().stream().map(p -> Map.of("field", p.getKey(), "message", p.getValue())).toList()
                        : List.of(Map.of("field", String.valueOf((Object) refused.getDetail()), "message", refused.getMessage())));
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
            }
        }
        return camundaDefault.toResponse(exception);
    }
}
