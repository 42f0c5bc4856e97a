package dev.inkasso.court;

import dev.inkasso.interaction.InteractionLog;
import org.springframework.stereotype.Component;

/**
 * The manual upload: the package is downloadable at {@code GET /api/cases/{id}/court/filing-package}; this records
 * that it is ready, with the SHA-256 of the manifest, so the case shows what was prepared for the court.
 */
@Component
class PackageExportFilingGateway implements EFilingGateway {
    private final InteractionLog interactions;

    PackageExportFilingGateway(InteractionLog interactions) {
        this.interactions = interactions;
    }

    @Override
    public String submit(long caseId, FilingPackage filing) {
        String reference = "/api/cases/" + caseId + "/court/filing-package";
        interactions.system(caseId, "COURT", "PACKAGE_READY", "Пакет документов для подачи в суд готов к загрузке («Мой арбитр» / "
                + "ГАС «Правосудие»): " + filing.files().size() + " файлов, манифест SHA-256 " + filing.manifestSha256());
        return reference;
    }
}
