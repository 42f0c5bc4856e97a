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
    private static final java.util.regex.Pattern JAVA_SERIALIZATION =
            java.util.regex.Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");
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
        for (Throwable t = exception; t != null; t = t.getCause()) {
            java.util.regex.Matcher prohibited = JAVA_SERIALIZATION.matcher(String.valueOf(t.getMessage()));
            if (prohibited.find()) { // the engine refuses it (serialization off) but says 500: it is the client's input
                String variable = prohibited.group(1);
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of(
                        "type", "InvalidRequestException", "message", variable + ": Java-serialized values are not accepted; send JSON",
                        "errors", List.of(Map.of("field", variable, "message", "Java-serialized values are not accepted; send JSON"))))
                        .build();
            }
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof org.camunda.bpm.engine.OptimisticLockingException) { // still lost a race after its retries
                return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of(
                        "type", "OptimisticLockingException",
                        "message", "The case was changed by another request or by the process at the same moment; "
                                + "nothing was written. Reload the task and send it again.")).build();
            }
        }
        return camundaDefault.toResponse(exception);
    }
}
