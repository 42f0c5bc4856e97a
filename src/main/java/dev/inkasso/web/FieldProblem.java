package dev.inkasso.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One bad input: which field (and, for file imports, which line) and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Long line, String field, String message) {
    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, field, message);
    }
}
