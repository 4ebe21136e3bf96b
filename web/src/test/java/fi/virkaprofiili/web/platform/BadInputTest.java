package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.virkaprofiili.platform.ConflictException;
import fi.virkaprofiili.platform.NotFoundException;
import fi.virkaprofiili.platform.NotPermittedException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BadInputTest {

  /** Named as the container's multipart parser names it. */
  static class FileSizeLimitExceededException extends Exception {
    private static final long serialVersionUID = 1L;

    FileSizeLimitExceededException() {
      super("The field uploadForm:file exceeds its maximum permitted size of 10485760 bytes.");
    }
  }

  @Test
  void aBoundarysRuleBrokenBehindTheContainersWrappingIsABadRequest() {
    var broken = new EJBException(new ConstraintViolationException("taskId: blank", Set.of()));
    assertThat(BadInput.of(new FacesException(new ServletException(broken))))
        .contains(new BadInput.Refusal(400, "error.400.text"));
  }

  @Test
  void aDatabaseThatIsAwayIsTryAgainShortlyNotAServerError() {
    // as a page meets it: the pool's refusal inside EclipseLink's, inside the boundary's
    // EJBException
    var away =
        new EJBException(
            new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));

    assertThat(BadInput.of(new FacesException(new ServletException(away))))
        .contains(new BadInput.Refusal(503, BadInput.UNAVAILABLE_KEY));
    assertThat(
            BadInput.of(new FacesException(new ServletException(away))).orElseThrow().unavailable())
        .isTrue();
  }

  @Test
  void aForgedOrExpiredViewStateIsABadRequestWithTheExpiredText() {
    assertThat(BadInput.of(new FacesException(new ViewExpiredException("/portal/x.xhtml"))))
        .contains(new BadInput.Refusal(400, "error.expired.text"));
  }

  @Test
  void aPostedViewStateThatBreaksWhileRestoredIsABadRequest() {
    // a view state of the task list posted to the review form: Mojarra fails on the first
    // component whose saved state has another shape
    var foreign = new ArrayIndexOutOfBoundsException("Index 2 out of bounds for length 2");
    assertThat(BadInput.of(foreign, PhaseId.RESTORE_VIEW, true))
        .contains(new BadInput.Refusal(400, "error.400.text"));
    assertThat(BadInput.of(foreign, PhaseId.RESTORE_VIEW, false))
        .as("restoring nothing posted: the server's own failure")
        .isEmpty();
    assertThat(BadInput.of(foreign, PhaseId.INVOKE_APPLICATION, true))
        .as("a failure of the page's own work")
        .isEmpty();
    assertThat(
            BadInput.of(
                new FacesException(new ViewExpiredException("/x.xhtml")),
                PhaseId.RESTORE_VIEW,
                true))
        .as("what is known keeps its own answer")
        .contains(new BadInput.Refusal(400, "error.expired.text"));
  }

  @Test
  void aPostWithoutItsPagesNonceIsABadRequest() {
    var forged = new FacesException(new org.primefaces.csp.CspException("CSP nonce mismatch"));
    assertThat(BadInput.of(forged)).contains(new BadInput.Refusal(400, "error.400.text"));
  }

  @Test
  void aStatelessViewStateOnAPageThatKeepsItsStateIsABadRequest() {
    var stateless = new FacesException("Unable to restore view /portal/preferences.xhtml");
    assertThat(BadInput.of(stateless)).contains(new BadInput.Refusal(400, "error.expired.text"));
  }

  @Test
  void refusalsThatEscapedAPageKeepTheirStatusAndMessage() {
    assertThat(BadInput.of(new FacesException(new ConflictException("error.closureWaiting", "x"))))
        .contains(new BadInput.Refusal(409, "error.closureWaiting"));
    assertThat(BadInput.of(new NotFoundException("error.taskGone", "x")))
        .contains(new BadInput.Refusal(404, "error.taskGone"));
    assertThat(BadInput.of(new NotPermittedException("x")).map(BadInput.Refusal::status))
        .contains(403);
  }

  @Test
  void theTasksOwnRequestsSayWhatWasWrong() {
    assertThat(BadInput.of(new FacesException(new BadRequest(400, "error.taskParameter", "x"))))
        .contains(new BadInput.Refusal(400, "error.taskParameter"));
  }

  @Test
  void anUploadOverTheContainersLimitIsTooLarge() {
    var tooLarge = new IllegalStateException(new FileSizeLimitExceededException());
    assertThat(BadInput.of(new ServletException(tooLarge)))
        .contains(new BadInput.Refusal(413, "error.413.text"));
  }

  @Test
  void aMultipartBodyThatCannotBeReadIsABadRequest() {
    var malformed = new IOException("Stream ended unexpectedly: no multipart boundary found");
    assertThat(BadInput.of(new ServletException(malformed)))
        .contains(new BadInput.Refusal(400, "error.400.text"));
  }

  @Test
  void theServersOwnFailuresStayFailures() {
    // a message naming a boundary class is no multipart boundary
    var bug =
        new NullPointerException(
            "Cannot invoke \"fi.virkaprofiili.worklist.boundary.WorkItem.getTaskId()\"");
    assertThat(BadInput.of(new FacesException(bug))).isEmpty();
    assertThat(BadInput.of(new IllegalStateException("connection pool exhausted"))).isEmpty();
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    var first = new RuntimeException("first");
    var second = new RuntimeException("second", first);
    first.initCause(second);
    assertThat(BadInput.of(first)).isEmpty();
  }
}
