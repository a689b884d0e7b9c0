package org.premiumledger.app.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.premiumledger.app.staff.StaffFixtures;
import org.premiumledger.app.staff.StaffFixtures.TestUser;
import org.premiumledger.app.staff.StaffRole;
import org.premiumledger.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Real headless Chromium against the application on a random port: sign in with password and TOTP,
 * land in the workbench, and no serious or critical axe-core (WCAG 2.1 A and AA) violation on the
 * sign-in page, the second-factor page or the shell. Skipped when Chromium is not installed ({@code
 * .ci/install-browser.sh} installs it).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"db-scheduler.enabled=false", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestDatabase.class)
class BrowserSignInIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed (.ci/install-browser.sh)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAgentSignsInWithPasswordAndCodeIntoAnAccessibleWorkbench() {
    TestUser agent = StaffFixtures.from(context).enrolled(StaffRole.AGENT);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

    browser.get("http://localhost:" + port + "/");
    WebElement username =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    assertNoBlockingViolations("sign-in page");

    username.sendKeys(agent.username());
    WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
    password.sendKeys(StaffFixtures.PASSWORD, Keys.ENTER);

    WebElement code =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));
    assertThat(browser.getCurrentUrl()).endsWith("/sign-in/second-factor");
    assertNoBlockingViolations("second-factor page");
    code.sendKeys(agent.codeNow(), Keys.ENTER);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("vaadin-app-layout"), "Test " + agent.username()));
    assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
    assertNoBlockingViolations("workbench shell");
    assertThat(scrollsSideways()).as("horizontal scrolling at 1280 px").isFalse();

    browser.manage().window().setSize(new Dimension(768, 1024));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-drawer-toggle")));
    assertThat(scrollsSideways()).as("horizontal scrolling on a tablet").isFalse();
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private static boolean scrollsSideways() {
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    return Boolean.TRUE.equals(overflow);
  }

  private static void assertNoBlockingViolations(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    List<String> blocking =
        results.getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .map(BrowserSignInIT::describe)
            .toList();
    assertThat(blocking).as(page).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getImpact()
        + " "
        + rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
  }
}
