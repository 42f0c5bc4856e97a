package dev.inkasso.casefile;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {
    private static final int MAX_PAGE_SIZE = 200;
    private final CaseQueries queries;
    private final CaseList list;

    CaseController(CaseQueries queries, CaseList list) {
        this.queries = queries;
        this.list = list;
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable long id) {
        return queries.get(id);
    }

    /** Newest first; filtered like the search page ({@link CaseFilter}). */
    @GetMapping
    CasePage search(CaseFilterParams params, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        CaseFilterParams.checkPage(page, size, MAX_PAGE_SIZE);
        CaseList.Page result = list.find(params.filter(), page, size);
        return new CasePage(result.rows().stream().map(CaseRow::summary).toList(), result.page(), result.size(),
                result.total(), result.pages());
    }

    record CasePage(List<CaseSummary> content, int page, int size, long totalElements, int totalPages) {
    }
}
