package dev.inkasso.web;

/** The request repeats something that exists already (409); nothing was written. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
