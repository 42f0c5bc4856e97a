package dev.inkasso.court;

import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CourtController {
    private final CourtFilings filings;
    private final CourtCases courtCases;
    private final DebtCaseRepository cases;

    CourtController(CourtFilings filings, CourtCases courtCases, DebtCaseRepository cases) {
        this.filings = filings;
        this.courtCases = courtCases;
        this.cases = cases;
    }

    /** Every PDF of the case's court filing and a manifest.json (file, type, SHA-256), for the manual upload. */
    @GetMapping(path = "/api/cases/{id}/court/filing-package", produces = "application/zip")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    ResponseEntity<byte[]> filingPackage(@PathVariable long id) {
        String number = cases.findById(id).orElseThrow(() -> new NotFoundException("No debt case " + id)).getInvoice().getNumber();
        if (courtCases.of(id).isEmpty()) {
            throw new ConflictException("caseId", "case " + id + " has not reached the court stage");
        }
        byte[] zip = CourtFilings.zip(filings.filingPackage(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"court-filing-" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip")).body(zip);
    }
}
