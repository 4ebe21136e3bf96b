package fi.virkaprofiili.web.setup;

import fi.virkaprofiili.profile.entity.AboutText;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileLanguage;
import fi.virkaprofiili.proposal.boundary.Proposal;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import fi.virkaprofiili.worklist.boundary.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The proposer creates the account with the generated "about" text and records its address (R7).
 */
@Named("accountPage")
@ViewScoped
public class AccountSetupPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private AccountSetup setup;

  @NotBlank(message = "{setup.accountUrl.required}")
  @Size(max = Profile.URL_MAX, message = "{proposal.accountUrl.size}")
  @Pattern(regexp = Proposal.HTTP_URL, message = "{proposal.accountUrl.pattern}")
  private String url;

  private List<Map.Entry<ProfileLanguage, AboutText>> aboutTexts = List.of();

  @Override
  protected void loaded(WorkItem task) {
    url = task.getProfile().getAccountUrl();
    aboutTexts = new ArrayList<>(setup.aboutText(task.getProfile().getId()).entrySet());
  }

  public String record() {
    return complete(
        () -> setup.recordAccountAddress(getTaskId(), url, currentUser.getId()),
        "account.recorded");
  }

  public List<Map.Entry<ProfileLanguage, AboutText>> getAboutTexts() {
    return aboutTexts;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public int getUrlMaxLength() {
    return Profile.URL_MAX;
  }
}
