package dev.inkasso.legal;

/** How sure a legal fact is (docs/LEGAL.md): a statute or official source, secondary sources only, or not confirmed. */
public enum FactStatus {
    CONFIRMED, SECONDARY, UNCONFIRMED
}
