package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Tasklist row says what the task is about — debtor, outstanding amount, days overdue, as they stood when the task
 * was opened — and the list sorts by the strategy's priority.
 */
class TaskNamingTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void theNegotiationTaskNamesTheDebtorTheOutstandingAmountAndTheDaysOverdue() {
        String number = Fixtures.invoiceNumber("NAMED");
        IntakeResult r = driver.open(Fixtures.invoice(number, Fixtures.organisation("ООО «Ромашка»"), "150000.00",
                LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);
        long overdue = ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 10),
                ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Moscow")).toLocalDate());

        String rows = get(OFFICER, "/engine-rest/task?processInstanceId=" + r.processInstanceId()
                + "&sortBy=priority&sortOrder=desc").getBody();

        List<String> names = JsonPath.read(rows, "$[*].name");
        assertThat(names).containsExactly("Провести переговоры с должником: ООО «Ромашка», 150 000,00 ₽, " + overdue + " дн.");
        Object strategyPriority = runtime.getVariable(r.processInstanceId(), DebtCaseProcess.Vars.TASK_PRIORITY);
        assertThat((List<Integer>) JsonPath.read(rows, "$[*].priority")).as("the strategy's priority")
                .containsExactly(((Number) strategyPriority).intValue());
    }

    @Test
    void aVeryLongDebtorNameIsShortenedToWhatTheEngineStores() {
        String name = "ООО «" + "Очень длинное наименование ".repeat(15) + "»";
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("LONG"), Fixtures.organisation(name), "5000.00",
                LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);

        String taskName = driver.negotiationTask(r).getName();
        assertThat(taskName).hasSize(255).startsWith("Провести переговоры с должником: ООО «Очень").endsWith("…");
    }

    @Test
    void eachGroupHasItsSavedListsAndTheGroupListShowsTheOfficersTask() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("FILTER"), "8000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);

        List<String> officers = JsonPath.read(get(OFFICER, "/engine-rest/filter").getBody(), "$[*].name");
        List<String> lawyers = JsonPath.read(get("testlawyer", "/engine-rest/filter").getBody(), "$[*].name");
        assertThat(officers).contains("Мои задачи", "Группа", "Просроченные").doesNotContain("Суд", "Все задачи");
        assertThat(lawyers).contains("Мои задачи", "Группа", "Просроченные", "Суд");

        String groupList = JsonPath.read(get(OFFICER, "/engine-rest/filter?name=Группа").getBody(), "$[0].id");
        String rows = get(OFFICER, "/engine-rest/filter/" + groupList + "/list?maxResults=5000").getBody();
        assertThat((List<String>) JsonPath.read(rows, "$[*].processInstanceId")).contains(r.processInstanceId());
        List<Integer> priorities = JsonPath.read(rows, "$[*].priority");
        assertThat(priorities).as("highest priority first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
