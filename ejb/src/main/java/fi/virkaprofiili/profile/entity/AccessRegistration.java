package fi.virkaprofiili.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** IT's record of who holds access to an official account and how (R8). */
@Embeddable
public class AccessRegistration {

  public static final int HOLDERS_MAX = 2000;

  @Column(name = "ACCESS_HOLDERS", length = HOLDERS_MAX)
  private String holders;

  @Column(name = "ACCESS_REGISTERED_BY")
  private String registeredBy;

  @Column(name = "ACCESS_REGISTERED_AT")
  private Instant registeredAt;

  protected AccessRegistration() {}

  public AccessRegistration(String holders, String registeredBy, Instant registeredAt) {
    this.holders = Texts.required(holders, "holders");
    this.registeredBy = Texts.required(registeredBy, "registeredBy");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** A person who left no longer appears as a holder or as who registered. */
  boolean pseudonymise(FormerPerson person, String pseudonym) {
    boolean named = false;
    if (person.actedAs(registeredBy)) {
      registeredBy = pseudonym;
      named = true;
    }
    if (person.isNamedIn(holders)) {
      holders = person.replaceIn(holders, pseudonym);
      named = true;
    }
    return named;
  }

  public String getHolders() {
    return holders;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
