package dev.inkasso.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 9457 problem detail; input errors list {@code errors: [{field, message}]}. */
@RestControllerAdvice(basePackages = "dev.inkasso")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "Invalid input", e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return withErrors(HttpStatus.CONFLICT, "Conflict", List.of(FieldProblem.of(e.field(), e.getMessage())));
    }

    /**
     * A write that still lost a race after its retries ({@link Retry}): someone else, or the engine, changed the
     * same case at that moment. Nothing of this request was written; sending it again is safe.
     */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ProblemDetail busy(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                "The case was changed by another request or by the process at the same moment; nothing was written. "
                        + "Send the request again.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "Invalid input",
                List.of(FieldProblem.of(e.getName(), "has an invalid value")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "Invalid input", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem = FieldProblem.of(null, "The request body is not valid JSON");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof InvalidFormatException format
                    ? "has an invalid value '" + format.getValue() + "'"
                    : "has an invalid value";
            problem = FieldProblem.of(field, message);
        }
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "Invalid input", List.of(problem)));
    }

    static ProblemDetail withErrors(HttpStatus status, String title, List<FieldProblem> problems) {
        String detail = problems.stream()
                .map(p -> (p.line() != null ? "line " + p.line() + ": " : "")
                        + (p.field() != null ? p.field() + " " : "") + p.message())
                .collect(Collectors.joining("; "));
        ProblemDetail body = problem(status, title, detail);
        body.setProperty("errors", problems);
        return body;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        return body;
    }
}
