package fi.virkaprofiili.web.setup;

import fi.virkaprofiili.profile.entity.AccessRegistration;
import fi.virkaprofiili.setup.boundary.AccountSetup;
import fi.virkaprofiili.web.worklist.TaskFormPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** IT registers who holds access to the new account and how (R8). */
@Named
@ViewScoped
public class AccessPage extends TaskFormPage {

  private static final long serialVersionUID = 1L;

  @Inject private AccountSetup setup;

  @NotBlank(message = "{setup.accessHolders.required}")
  @Size(max = AccessRegistration.HOLDERS_MAX, message = "{proposal.text.size}")
  private String holders;

  public String register() {
    return complete(
        () -> setup.registerAccess(getTaskId(), holders, currentUser.getId()), "access.registered");
  }

  public String getHolders() {
    return holders;
  }

  public void setHolders(String holders) {
    this.holders = holders;
  }

  public int getHoldersMaxLength() {
    return AccessRegistration.HOLDERS_MAX;
  }
}
