package dev.inkasso.web;

import java.util.List;

/** Input that breaks a business rule; answered 400 with every problem named. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
