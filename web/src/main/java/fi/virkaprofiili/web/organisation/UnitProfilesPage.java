package fi.virkaprofiili.web.organisation;

import fi.virkaprofiili.organisation.boundary.UnitProfile;
import fi.virkaprofiili.organisation.boundary.UnitProfiles;
import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import fi.virkaprofiili.web.platform.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The profiles of the manager's units, with their next reviews; overdue reviews stand out. */
@Named
@ViewScoped
public class UnitProfilesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UnitProfiles unitProfiles;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private final PagedRows<UnitProfile> profiles =
      new PagedRows<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
          return unitProfiles.count(currentUser.getId());
        }

        @Override
        protected Rows<UnitProfile> page(int first, int size, String sortField, boolean ascending) {
          UnitProfiles.Order order =
              sortField == null
                  ? UnitProfiles.Order.NAME
                  : UnitProfiles.Order.valueOf(sortField.toUpperCase(Locale.ROOT));
          return unitProfiles.page(currentUser.getId(), first, size, order, ascending);
        }

        @Override
        protected String keyOf(UnitProfile row) {
          return Long.toString(row.id());
        }
      };

  /** Someone who manages no unit is told so and sent to the front page. */
  public String load() {
    try {
      unitProfiles.count(currentUser.getId());
      return null;
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
      return "/index.xhtml?faces-redirect=true";
    }
  }

  public PagedRows<UnitProfile> getProfiles() {
    return profiles;
  }
}
