package dev.inkasso.communication;

import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contact restrictions of a debtor (bankruptcy, in-patient, refusal, representative only, …). */
@RestController
class ContactRestrictionController {
    private final ContactRestrictionRepository restrictions;
    private final DebtorRepository debtors;
    private final Clock clock;

    ContactRestrictionController(ContactRestrictionRepository restrictions, DebtorRepository debtors, Clock clock) {
        this.restrictions = restrictions;
        this.debtors = debtors;
        this.clock = clock;
    }

    record RestrictionRequest(ContactRestrictionKind kind, LocalDate validFrom, LocalDate validUntil,
                              String representativeName, String representativeEmail, String note) {
    }

    record RestrictionView(Long id, ContactRestrictionKind kind, LocalDate validFrom, LocalDate validUntil,
                           String representativeName, String representativeEmail, String note) {
        static RestrictionView of(ContactRestriction r) {
            return new RestrictionView(r.getId(), r.getKind(), r.getValidFrom(), r.getValidUntil(),
                    r.getRepresentativeName(), r.getRepresentativeEmail(), r.getNote());
        }
    }

    @PostMapping("/api/debtors/{id}/contact-restrictions")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Long> add(@PathVariable long id, @RequestBody RestrictionRequest r, Principal user) {
        if (!debtors.existsById(id)) {
            throw new NotFoundException("No debtor " + id);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (r.kind() == null) {
            problems.add(FieldProblem.of("kind", "must be one of " + List.of(ContactRestrictionKind.values())));
        }
        if (r.kind() == ContactRestrictionKind.REPRESENTATIVE_ONLY
                && (r.representativeEmail() == null || !r.representativeEmail().contains("@"))) {
            problems.add(FieldProblem.of("representativeEmail", "a representative-only restriction needs the representative's email"));
        }
        LocalDate from = r.validFrom() == null ? LocalDate.now(clock) : r.validFrom();
        if (r.validUntil() != null && r.validUntil().isBefore(from)) {
            problems.add(FieldProblem.of("validUntil", "must not be before validFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ContactRestriction saved = restrictions.save(new ContactRestriction(id, r.kind(), from, r.validUntil(),
                r.representativeName(), r.representativeEmail(), r.note(), user.getName(), clock.instant()));
        return Map.of("id", saved.getId());
    }

    @GetMapping("/api/debtors/{id}/contact-restrictions")
    List<RestrictionView> list(@PathVariable long id) {
        return restrictions.findByDebtorIdOrderByValidFromAsc(id).stream().map(RestrictionView::of).toList();
    }
}
