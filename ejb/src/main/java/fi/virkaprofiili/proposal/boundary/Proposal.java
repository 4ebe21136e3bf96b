package fi.virkaprofiili.proposal.boundary;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.Profile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member of staff proposes. The constraints are checked at the form's fields and again by
 * {@link ProposalService}, so no path can store a proposal that breaks them.
 */
public class Proposal {

  /** Only web addresses a citizen can open safely. */
  public static final String HTTP_URL = "^$|^https?://[^\\s/$.?#][^\\s]*$";

  @NotBlank(message = "{proposal.name.required}")
  @Size(max = Profile.NAME_MAX, message = "{proposal.name.size}")
  private String name;

  @NotNull(message = "{proposal.channel.required}")
  private Channel channel;

  @NotBlank(message = "{proposal.unit.required}")
  private String unitCode;

  @NotBlank(message = "{proposal.purpose.required}")
  @Size(max = Profile.PURPOSE_MAX, message = "{proposal.purpose.size}")
  private String purpose;

  @Size(max = Profile.URL_MAX, message = "{proposal.accountUrl.size}")
  @Pattern(regexp = HTTP_URL, message = "{proposal.accountUrl.pattern}")
  private String accountUrl;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getAccountUrl() {
    return accountUrl;
  }

  public void setAccountUrl(String accountUrl) {
    this.accountUrl = accountUrl;
  }
}
