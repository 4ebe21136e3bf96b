package fi.virkaprofiili.web.setup;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.setup.boundary.AccessRegister;
import fi.virkaprofiili.setup.boundary.AccountAccess;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** IT's list of every official account and who holds access to it, searched by name or address. */
@Named("accountsPage")
@ViewScoped
public class AccessRegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccessRegister register;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private String words;

  private final PagedRows<AccountAccess> accounts =
      new PagedRows<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
          return register.count(currentUser.getId(), words);
        }

        @Override
        protected Rows<AccountAccess> page(
            int first, int size, String sortField, boolean ascending) {
          return register.accounts(currentUser.getId(), words, first, size);
        }

        @Override
        protected String keyOf(AccountAccess row) {
          return Long.toString(row.profileId());
        }
      };

  /** Anyone outside IT is told so and sent to the front page. */
  public String load() {
    try {
      register.count(currentUser.getId(), null);
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  /** The table reads the new words on its next load; nothing else to do. */
  public void search() {}

  public PagedRows<AccountAccess> getAccounts() {
    return accounts;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words == null || words.isBlank() ? null : words.strip();
  }
}
