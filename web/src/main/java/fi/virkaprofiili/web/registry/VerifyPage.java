package fi.virkaprofiili.web.registry;

import fi.virkaprofiili.registry.boundary.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Is this account official?" for citizens, without signing in. The address is a query parameter,
 * so that an answer can be linked to and shared.
 */
@Named
@RequestScoped
public class VerifyPage {

  static final int ADDRESS_MAX = 2048;

  @Inject private Verification verification;

  private String address;
  private Verification.Result result;

  public void check() {
    if (address != null && !address.isBlank() && address.length() <= ADDRESS_MAX) {
      result = verification.verify(address);
    }
  }

  public boolean isAnswered() {
    return result != null;
  }

  public boolean isTooLong() {
    return address != null && address.length() > ADDRESS_MAX;
  }

  public String getAnswer() {
    return result == null ? null : result.answer().name();
  }

  public Verification.Result getResult() {
    return result;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public int getAddressMaxLength() {
    return ADDRESS_MAX;
  }
}
