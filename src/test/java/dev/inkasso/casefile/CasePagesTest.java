package dev.inkasso.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.support.WebSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officers' pages through a browser session: login shared with the webapps, search, card, actions, exports. */
class CasePagesTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    private IntakeResult r;
    private String number;

    @BeforeEach
    void aCaseInNegotiation() {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2025-04-10T09:00:00Z")));
        number = Fixtures.invoiceNumber("PAGE");
        r = driver.open(Fixtures.invoice(number, "150000.00", LocalDate.of(2025, 3, 1)));
        driver.toNegotiation(r);
    }

    private String base() {
        return http.getRootUri();
    }

    @Test
    void aVisitorWithoutASessionIsSentToTheLoginPageNotABasicPrompt() {
        WebSession visitor = WebSession.anonymous(base());
        HttpResponse<String> cases = visitor.get("/cases");
        assertThat(cases.statusCode()).isEqualTo(302);
        assertThat(cases.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(cases.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(visitor.get("/login").body()).contains("Вход для сотрудников");
        assertThat(WebSession.anonymous(base()).post("/login", Map.of("username", "nobody", "password", "wrong"))
                .statusCode()).isEqualTo(403); // no CSRF token from the form: refused before the password is looked at
    }

    @Test
    void theSearchFindsTheCaseByInvoiceDebtorAndStageAndExportsTheSameList() throws Exception {
        WebSession officer = WebSession.login(base(), OFFICER, PASSWORD);

        String byInvoice = officer.get("/cases?invoice=" + number).body();
        assertThat(byInvoice).contains("Найдено: <b id=\"total\">1</b>").contains(number).contains("Переговоры")
                .contains("150 000,00 руб.");
        assertThat(officer.get("/cases?invoice=" + number + "&stage=COURT").body()).contains("Найдено: <b id=\"total\">0</b>");
        assertThat(officer.get("/cases?invoice=" + number + "&bucket=31-60").body()).contains("Найдено: <b id=\"total\">1</b>");
        assertThat(officer.get("/cases?invoice=" + number + "&bucket=1-30").body()).contains("Найдено: <b id=\"total\">0</b>");

        HttpResponse<byte[]> csv = officer.download("/cases.csv?invoice=" + number);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFДело;Счёт;Должник").contains(number + ";").contains(";150000,00;");
        HttpResponse<byte[]> xlsx = officer.download("/cases.xlsx?invoice=" + number);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(number);
            assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue()).isEqualTo(150000.00);
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
        }
    }

    @Test
    void theCardShowsTheCaseAndItsActionsWork() {
        WebSession officer = WebSession.login(base(), OFFICER, PASSWORD);

        String card = officer.get("/cases/" + r.caseId()).body();
        assertThat(card).contains(number).contains("Переговоры").contains("150 000,00 руб.").contains("Хронология")
                .contains("Исковая давность до").contains("task-link").doesNotContain("cockpit-link");

        HttpResponse<String> placed = officer.post("/cases/" + r.caseId() + "/holds",
                Map.of("reason", "HARDSHIP", "until", "2025-05-01", "note", "больничный"));
        assertThat(placed.statusCode()).isEqualTo(302);
        String held = officer.get("/cases/" + r.caseId()).body();
        assertThat(held).contains("Пауза поставлена").contains("Тяжёлая ситуация: больничный").contains("Снять паузу");
        assertThat(get(OFFICER, "/api/cases/" + r.caseId()).getBody()).contains("\"onHold\":true");

        String holdId = held.replaceAll("(?s).*/holds/(\\d+)/lift.*", "$1");
        officer.post("/cases/" + r.caseId() + "/holds/" + holdId + "/lift", Map.of());
        assertThat(officer.get("/cases/" + r.caseId()).body()).contains("Пауза снята");
        assertThat(get(OFFICER, "/api/cases/" + r.caseId()).getBody()).contains("\"onHold\":false");

        officer.post("/cases/" + r.caseId() + "/documents", Map.of("type", "INTERACTION_LOG"));
        assertThat(officer.get("/cases/" + r.caseId()).body()).contains("Документ сформирован")
                .contains("Журнал взаимодействия с должником");
        assertThat(WebSession.login(base(), MANAGER, PASSWORD).get("/cases/" + r.caseId()).body()).contains("cockpit-link");

        long debtorId = ((Number) com.jayway.jsonpath.JsonPath.read(get(OFFICER, "/api/cases/" + r.caseId()).getBody(),
                "$.debtor.id")).longValue();
        assertThat(post(OFFICER, "/api/debtors/" + debtorId + "/contact-restrictions", Map.of("kind", "INPATIENT",
                "validFrom", "2025-01-01", "validUntil", "2030-01-01")).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(officer.get("/cases/" + r.caseId()).body()).contains("Ограничения контактов с должником")
                .contains("На стационарном лечении (до 01.01.2030)");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() {
        WebSession officer = WebSession.login(base(), OFFICER, PASSWORD);
        HttpResponse<String> forged = WebSession.anonymous(base()).post("/cases/" + r.caseId() + "/holds",
                Map.of("reason", "OTHER"));
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(get(OFFICER, "/api/cases/" + r.caseId()).getBody()).contains("\"onHold\":false");
        assertThat(officer.get("/cases/" + r.caseId()).statusCode()).isEqualTo(200);
    }

    @Test
    void oneLoginServesInkassosPagesAndTheWebapps() {
        // signed in on Inkasso's page: the webapps know the user
        WebSession officer = WebSession.login(base(), OFFICER, PASSWORD);
        assertThat(officer.json("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"" + OFFICER + "\"");

        // signed in on the webapps' login: Inkasso's pages know the user
        WebSession viaTasklist = WebSession.webappLogin(base(), "tasklist", OFFICER, PASSWORD);
        HttpResponse<String> card = viaTasklist.get("/cases/" + r.caseId());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains(number);

        // and logging out ends both
        officer.post("/logout", Map.of());
        assertThat(officer.get("/cases").statusCode()).isEqualTo(302);
        assertThat(officer.json("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    }

    @Test
    void anOfficerIsRefusedTheDashboard() {
        assertThat(WebSession.login(base(), OFFICER, PASSWORD).get("/dashboard").statusCode()).isEqualTo(403);
        HttpResponse<String> dashboard = WebSession.login(base(), MANAGER, PASSWORD).get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Дебиторка по срокам").contains("Воронка этапов").contains("DSO")
                .contains("echarts.min.js");
    }

    @Test
    void theDashboardsListsDownloadAsCsvAndXlsx() {
        WebSession manager = WebSession.login(base(), MANAGER, PASSWORD);
        for (String list : new String[] {"aging", "trend", "funnel", "strategies", "officers", "agencies", "days-to-cash",
                "top-debtors", "growing", "lateness", "limitation"}) {
            HttpResponse<byte[]> csv = manager.download("/dashboard/" + list + ".csv");
            assertThat(csv.statusCode()).as(list).isEqualTo(200);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(list).startsWith("\uFEFF");
            assertThat(manager.download("/dashboard/" + list + ".xlsx").body()).as(list).startsWith(new byte[] {'P', 'K'});
        }
        assertThat(manager.download("/dashboard/nothing.csv").statusCode()).isEqualTo(400);
    }
}
