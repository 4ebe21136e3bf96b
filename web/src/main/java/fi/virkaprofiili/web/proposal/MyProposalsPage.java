package fi.virkaprofiili.web.proposal;

import fi.virkaprofiili.platform.BusinessException;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.proposal.boundary.ProposalService;
import fi.virkaprofiili.web.platform.CurrentUser;
import fi.virkaprofiili.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "My proposals": what the signed-in person has proposed and where each stands, read a page at a
 * time (someone in communications may have proposed hundreds over the years).
 */
@Named
@RequestScoped
public class MyProposalsPage {

  @Inject private ProposalService proposals;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;

  private final LazyDataModel<Profile> profiles =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(proposals.countProposedBy(currentUser.getId()));
        }

        @Override
        public List<Profile> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return proposals.proposedBy(
              currentUser.getId(),
              first,
              Math.min(Math.max(1, pageSize), ProposalService.PAGE_MAX));
        }

        @Override
        public String getRowKey(Profile profile) {
          return String.valueOf(profile.getId());
        }
      };

  public LazyDataModel<Profile> getProfiles() {
    return profiles;
  }

  public String withdraw(long profileId) {
    try {
      proposals.withdraw(profileId, currentUser.getId());
      messages.info("proposal.withdrawn");
    } catch (BusinessException refusal) {
      messages.refusal(refusal);
    }
    return "/portal/proposals/mine.xhtml?faces-redirect=true";
  }
}
