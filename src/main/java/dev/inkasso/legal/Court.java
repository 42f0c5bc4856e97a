package dev.inkasso.legal;

/** Arbitration courts (арбитражные суды) or courts of general jurisdiction (суды общей юрисдикции, мировые судьи). */
public enum Court {
    ARBITRATION, GENERAL
}
