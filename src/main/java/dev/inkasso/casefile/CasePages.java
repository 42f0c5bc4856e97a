package dev.inkasso.casefile;

import dev.inkasso.communication.ContactRestrictionRepository;
import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.Documents;
import dev.inkasso.export.Table;
import dev.inkasso.export.TableExport;
import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.web.Retry;
import dev.inkasso.workflow.DebtCaseProcess;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officers' pages: the case search {@code /cases} (with CSV/XLSX of the same list) and the case card
 * {@code /cases/{id}} with the actions a role may take. Session login shared with Tasklist and Cockpit.
 */
@Controller
class CasePages {
    private static final int PAGE_SIZE = 50;
    private static final int MAX_EXPORT = 100_000;
    private final CaseList list;
    private final CaseQueries cases;
    private final Documents documents;
    private final Holds holds;
    private final ClaimAmounts claims;
    private final TaskService tasks;
    private final ContactRestrictionRepository restrictions;

    CasePages(CaseList list, CaseQueries cases, Documents documents, Holds holds, ClaimAmounts claims, TaskService tasks,
              ContactRestrictionRepository restrictions) {
        this.restrictions = restrictions;
        this.list = list;
        this.cases = cases;
        this.documents = documents;
        this.holds = holds;
        this.claims = claims;
        this.tasks = tasks;
    }

    @GetMapping("/cases")
    String search(CaseFilterParams params, @RequestParam(defaultValue = "0") int page, Model model) {
        CaseFilterParams.checkPage(page, PAGE_SIZE, PAGE_SIZE);
        CaseFilter filter = params.filter();
        model.addAttribute("filter", filter);
        model.addAttribute("result", list.find(filter, page, PAGE_SIZE));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("buckets", AgingBucket.values());
        model.addAttribute("queryString", queryString(filter));
        return "web/cases";
    }

    /** {@code ?stage=…&bucket=…} of the filter (empty for none), for paging and exports of the same list. */
    static String queryString(CaseFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        filter.asQuery().forEach(uri::queryParam);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    @GetMapping({"/cases.csv", "/cases.xlsx"})
    ResponseEntity<byte[]> export(CaseFilterParams params, jakarta.servlet.http.HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv";
        List<CaseRow> rows = list.all(params.filter(), MAX_EXPORT);
        return TableExport.download(table(rows), format);
    }

    static Table table(List<CaseRow> rows) {
        return new Table("cases", "Дела", List.of("Дело", "Счёт", "Должник", "ИНН", "Этап", "Статус", "Сумма счёта",
                "Оплачено", "Остаток", "Срок оплаты", "Дней просрочки", "Стратегия", "Сотрудник"),
                rows.stream().map(r -> List.<Object>of(r.id(), r.invoiceNumber(), r.debtorName(), r.debtorInn(),
                        r.stage().label(), r.status().label(), r.principal(), r.paid(), r.outstanding(), r.dueDate(),
                        r.daysOverdue(), r.strategy() == null ? "" : r.strategy(), r.officer() == null ? "" : r.officer())).toList());
    }

    @GetMapping("/cases/{id}")
    String card(@PathVariable long id, Model model, Authentication user) {
        CaseView view = cases.get(id);
        model.addAttribute("c", view);
        model.addAttribute("timeline", view.interactions().stream()
                .sorted(Comparator.comparing(CaseView.InteractionView::occurredAt).reversed()).toList());
        model.addAttribute("documents", documents.of(id).stream()
                .sorted(Comparator.comparing(dev.inkasso.document.Document::getCreatedAt).reversed()).toList());
        model.addAttribute("periods", view.accrued().periods());
        model.addAttribute("openTasks", tasks.createTaskQuery()
                .processVariableValueEquals(DebtCaseProcess.Vars.CASE_ID, id).active().list());
        model.addAttribute("manager", user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().endsWith("_" + DebtCaseProcess.Groups.MANAGERS)
                        || a.getAuthority().endsWith("_" + DebtCaseProcess.Groups.ADMINS)));
        model.addAttribute("restrictions", restrictions.findByDebtorIdOrderByValidFromAsc(view.debtor().id()).stream()
                .filter(r -> r.activeOn(claims.today())).toList());
        model.addAttribute("holdReasons", HoldReason.values());
        model.addAttribute("documentTypes", List.of(DocumentType.DEBT_CALCULATION, DocumentType.PRE_TRIAL_CLAIM,
                DocumentType.RECONCILIATION_STATEMENT, DocumentType.INTERACTION_LOG));
        return "web/case";
    }

    @PostMapping("/cases/{id}/holds")
    String placeHold(@PathVariable long id, @RequestParam HoldReason reason,
                     @RequestParam(required = false) LocalDate until, @RequestParam(required = false) String note,
                     Principal user, RedirectAttributes flash) {
        return act(id, flash, "Пауза поставлена", () -> holds.place(id, reason, until, note, user.getName()));
    }

    @PostMapping("/cases/{id}/holds/{holdId}/lift")
    String liftHold(@PathVariable long id, @PathVariable long holdId, Principal user, RedirectAttributes flash) {
        return act(id, flash, "Пауза снята", () -> {
            holds.lift(id, holdId, user.getName());
            return holdId;
        });
    }

    @PostMapping("/cases/{id}/documents")
    String generate(@PathVariable long id, @RequestParam DocumentType type, Principal user, RedirectAttributes flash) {
        return act(id, flash, "Документ сформирован: " + type.title(),
                () -> documents.generate(id, type, user.getName(), Map.of()));
    }

    /** Runs an action of the card and comes back to it with what happened, success or the reason it was refused. */
    private static String act(long id, RedirectAttributes flash, String done, java.util.function.Supplier<?> action) {
        try {
            Retry.onConflict(action::get);
            flash.addFlashAttribute("notice", done);
        } catch (RuntimeException e) {
            flash.addFlashAttribute("problem", "Не выполнено: " + e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/cases/{id}").buildAndExpand(id).toUriString();
    }
}
