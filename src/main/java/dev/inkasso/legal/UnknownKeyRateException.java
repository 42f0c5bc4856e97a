package dev.inkasso.legal;

import java.time.LocalDate;

/** A calculation needs the key rate for a day the table does not cover. */
public class UnknownKeyRateException extends RuntimeException {
    private final LocalDate day;

    public UnknownKeyRateException(LocalDate day, LocalDate firstKnown, LocalDate knownUntil) {
        super("no key rate is known for " + day + " (the table covers " + firstKnown + " to " + knownUntil
                + "; add the missing rate with POST /api/key-rates)");
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
