package fi.virkaprofiili.report.boundary;

import fi.virkaprofiili.platform.validation.PlainText;
import fi.virkaprofiili.platform.validation.SingleLine;
import fi.virkaprofiili.profile.entity.account.AnAccount;
import fi.virkaprofiili.report.entity.FakeReport;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a person reports about an account they suspect to be fake. */
public class FakeReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{report.address.required}")
  @Size(max = FakeReport.ADDRESS_MAX, message = "{report.address.size}")
  @SingleLine
  @AnAccount(message = "{report.address.unrecognised}")
  private String address;

  @NotBlank(message = "{report.description.required}")
  @Size(max = FakeReport.TEXT_MAX, message = "{proposal.text.size}")
  @PlainText
  private String description;

  @Size(max = FakeReport.CONTACT_MAX, message = "{proposal.administrator.email.size}")
  @Email(message = "{proposal.administrator.email.invalid}")
  @SingleLine
  private String contact;

  public FakeReportForm() {}

  public FakeReportForm(String address, String description, String contact) {
    this.address = address;
    this.description = description;
    this.contact = contact;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
