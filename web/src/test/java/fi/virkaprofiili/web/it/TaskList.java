package fi.virkaprofiili.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The task list as a person with many tasks uses it: they search for the profile by name rather
 * than page through it. In a full IT round other tests' tasks push a new one past the first page.
 */
final class TaskList {

  private final Browser browser;

  TaskList(Browser browser) {
    this.browser = browser;
  }

  /** Finds the task about a profile by its name and opens its form. */
  void openTaskOf(String name) {
    browser.open("/portal/tasks/");
    browser.type("#tasksForm\\:profileName", name);
    // The search answers by replacing the table: wait for that, or a link found in the table as it
    // was before is gone by the time it is clicked.
    WebElement before = browser.find("#tasksForm\\:tasks");
    browser.click("#tasksForm\\:filter");
    browser.waitFor(d -> ExpectedConditions.stalenessOf(before).apply(d));
    By link = By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'task-link')]");
    browser.waitFor(d -> !d.findElements(link).isEmpty());
    browser.driver().findElement(link).click();
    browser.waitFor(d -> d.findElements(By.cssSelector("form")).size() > 2);
  }
}
