package dev.inkasso.casefile;

import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.CaseStage;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dev.inkasso.web.InvalidInputException;

@RestController
@RequestMapping("/api/cases")
class CaseController {
    private static final int MAX_PAGE_SIZE = 200;
    private final CaseQueries queries;

    CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable long id) {
        return queries.get(id);
    }

    @GetMapping
    CasePage search(@RequestParam(required = false) CaseStage stage, @RequestParam(required = false) CaseStatus status,
                    @RequestParam(required = false) String debtorInn, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        Page<CaseSummary> result = queries.search(stage, status, debtorInn,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        return new CasePage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
                result.getTotalPages());
    }

    record CasePage(List<CaseSummary> content, int page, int size, long totalElements, int totalPages) {
    }
}
