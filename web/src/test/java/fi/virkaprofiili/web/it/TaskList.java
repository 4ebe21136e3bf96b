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
    WebElement unfiltered = browser.find("#tasksForm\\:tasks");
    browser.click("#tasksForm\\:filter");
    // The search replaces the table; a row found before that would go stale under the click.
    browser.waitFor(ExpectedConditions.stalenessOf(unfiltered)::apply);
    By link = By.xpath("//tr[.//*[text()='" + name + "']]//a[contains(@class,'task-link')]");
    browser.waitFor(d -> !d.findElements(link).isEmpty());
    browser.driver().findElement(link).click();
    browser.waitFor(d -> d.findElements(By.cssSelector("form")).size() > 2);
  }
}
