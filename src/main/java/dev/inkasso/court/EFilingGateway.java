package dev.inkasso.court;

/**
 * Where a filing goes. Neither «Мой арбитр» nor ГАС «Правосудие» has a public filing API (docs/LEGAL.md §10): a
 * lawyer uploads the package by hand, signed in through Госуслуги. The one adapter today,
 * {@link PackageExportFilingGateway}, makes the package ready for that upload and records it on the case. An
 * adapter for a filing service (an RPA robot, a commercial API) implements this interface and is made the bean.
 */
public interface EFilingGateway {
    /** Hands over a filing package; returns a reference a lawyer can see on the case. */
    String submit(long caseId, FilingPackage filing);
}
