package dev.inkasso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The people's screens in a real browser: Debian's chromium and chromedriver (installed by {@code .ci/run}; nothing is
 * downloaded), headless, in an English-speaking browser — Inkasso's pages and the webapps are Russian regardless.
 */
class BrowserTest extends ApiTest {
    private static final File CHROMIUM = new File(System.getProperty("inkasso.chromium", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getProperty("inkasso.chromedriver", "/usr/bin/chromedriver"));
    @Autowired
    ProcessDriver processes;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void aBrowser() {
        // with no administrator the webapps open their first-run setup page instead of the login
        identity.ensureUser("testadmin", PASSWORD, "Администратор", dev.inkasso.workflow.DebtCaseProcess.Groups.ADMINS);
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; bash .ci/run does it)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver; bash .ci/run does it)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        if (browser != null) {
            // what the browser last showed and said, for a failed run (target/browser/)
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser");
            java.nio.file.Files.createDirectories(dir);
            String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
            java.nio.file.Files.write(dir.resolve(name + ".log"), browser.manage().logs().get(LogType.BROWSER).getAll()
                    .stream().map(LogEntry::toString).toList());
            browser.quit();
        }
    }

    @Test
    void aManagerSeesTheChartsAndFollowsAFigureToItsCases() {
        processes.open(Fixtures.invoice(Fixtures.invoiceNumber("BRW"), "42000.00", LocalDate.now().minusDays(45)));

        login(MANAGER);
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-aging canvas")));
        for (String chart : List.of("chart-aging", "chart-trend", "chart-funnel", "chart-strategies")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
        }
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();

        WebElement overdue = browser.findElement(By.xpath("//table[@id='aging']//tr[td[text()='31–60 дн.']]//a"));
        String count = overdue.getText();
        overdue.click();
        wait.until(ExpectedConditions.urlContains("/cases?bucket=31-60"));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo(count);
        assertThat(Integer.parseInt(count)).isPositive();
    }

    @Test
    void anOfficerWorksInARussianTasklistAndOpensTheCaseCardFromTheForm() {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2025-04-10T09:00:00Z")));
        String debtor = "ООО «Браузер " + Fixtures.invoiceNumber("B").replaceAll("\\D", "") + "»";
        IntakeResult r = processes.open(Fixtures.invoice(Fixtures.invoiceNumber("BRW"), Fixtures.organisation(debtor),
                "150000.00", LocalDate.of(2025, 3, 1)));
        processes.toNegotiation(r);
        ClockUtil.reset();
        taskService.claim(processes.negotiationTask(r).getId(), OFFICER);

        browser.get(url("/camunda/app/tasklist/default/"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")));
        assertThat(user.getAttribute("placeholder")).isEqualTo("Имя пользователя");
        user.sendKeys(OFFICER);
        browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();

        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-filter ')]//h4/a[contains(normalize-space(.), 'Группа')]"))));
        // the rows say whom a task is about, how much and how late
        List<WebElement> rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("[cam-tasks] h4 a")));
        assertThat(rows).isNotEmpty();
        assertThat(rows).map(WebElement::getText).filteredOn(name -> name.startsWith("Провести переговоры"))
                .isNotEmpty().anyMatch(name -> name.matches("Провести переговоры с должником: .+, [\\d\\u00a0 ]+,\\d\\d ₽, \\d+ дн\\."));

        // the officer's own case (taken earlier): in «Мои задачи», opened from the list
        click(browser.findElement(By.xpath("//*[contains(@class,'task-filter ')]//h4/a[contains(normalize-space(.), 'Мои задачи')]")));
        WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@cam-tasks]//h4/a[contains(., '" + debtor + "')]")));
        assertThat(task.getText()).startsWith("Провести переговоры").contains("150 000,00 ₽").contains("дн.");
        click(task);
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h2.task")));
        wait.until(ExpectedConditions.textToBePresentInElement(title, debtor));
        assertThat(browser.getPageSource()).contains("Группа").contains("Выйти");

        WebElement cardLink = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Открыть карточку дела")));
        assertThat(cardLink.getAttribute("href")).isEqualTo(url("/cases/" + r.caseId()));
        String tasklist = browser.getWindowHandle();
        cardLink.click();
        // the form may open the card in a tab of its own
        wait.until(d -> d.getWindowHandles().size() > 1 || d.getCurrentUrl().contains("/cases/"));
        browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst()
                .ifPresent(h -> browser.switchTo().window(h));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("debtor-name")));
        assertThat(browser.findElement(By.id("debtor-name")).getText()).isEqualTo(debtor);

        browser.get(url("/dashboard"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden"))).getText()).isEqualTo("Доступ запрещён");
    }

    @Test
    void aManagerReviewsACreditRequestInTasklist() {
        String debtor = "ООО «Заявка " + Fixtures.invoiceNumber("C").replaceAll("\\D", "") + "»";
        ResponseEntity<String> created = post(OFFICER, "/api/credit-requests", java.util.Map.of(
                "debtor", Fixtures.organisation(debtor), "requestedLimit", "400000.00", "requestedTermDays", 30));
        String pid = com.jayway.jsonpath.JsonPath.read(created.getBody(), "$.processInstanceId");
        processes.settle(pid); // the registers' job, as the job executor would run it
        String taskId = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
        taskService.claim(taskId, MANAGER);

        browser.get(url("/camunda/app/tasklist/default/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]"))).sendKeys(MANAGER);
        browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filter ')]//h4/a[contains(normalize-space(.), 'Кредитный контроль')]"))));
        WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@cam-tasks]//h4/a[contains(., 'Рассмотреть кредитную заявку')]")));
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        // the Camunda Form: the request, the score with its reasons, and the decision
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(text(), 'Риск-балл')]")));
        assertThat(task).isNotNull();
        String page = browser.getPageSource();
        assertThat(page).contains(debtor).contains("нужна проверка руководителем").contains("Одобрить лимит и отсрочку")
                .contains("Обоснование решения");
    }

    /** A click as the user makes it, on the element in view (tooltips and the sticky footer would take it otherwise). */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void login(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/cases"));
    }

    private String url(String path) {
        return http.getRootUri() + path;
    }
}
