package fi.virkaprofiili.accountimport.control;

import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.accountimport.entity.ImportRow;
import fi.virkaprofiili.accountimport.entity.RowProblem;
import fi.virkaprofiili.platform.config.OrganisationTime;
import fi.virkaprofiili.profile.boundary.AccountHolders;
import fi.virkaprofiili.profile.boundary.OrganisationUnits;
import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import fi.virkaprofiili.registry.boundary.ExistingProfiles;
import fi.virkaprofiili.registry.boundary.Registry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Takes one row into the registry, or records why not, in a transaction of its own: a row is stored
 * whole or not at all, and a bad row never undoes the good ones before it. The import's counts move
 * in the same transaction as the row they count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RowImport {

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationUnits units;
  @Inject private ExistingProfiles existing;
  @Inject private Registry registry;
  @Inject private AccountHolders accounts;
  @Inject private OrganisationTime time;

  /**
   * Lists a row that meets every rule and starts its lifecycle; a row whose account is already in
   * the registry, by another row or an earlier import, adds nothing and is recorded as a duplicate.
   * The accepted row holds the account's key, unique: when another import lists the same account at
   * the same time, the transaction that commits second fails here, whole (see {@link
   * #duplicateIfListed}).
   */
  public ImportRow accept(long importId, AccountRow row, String ownerId) {
    AccountImport accountImport = lockedImport(importId);
    var address =
        row.address()
            .orElseThrow(
                () -> new IllegalArgumentException("Row " + row.rowNumber() + " names no account"));
    Optional<Profile> listed = alreadyHeld(address);
    ImportRow done;
    if (listed.isPresent()) {
      done =
          accountImport.duplicate(
              row.rowNumber(),
              row.name(),
              row.accountAddressAsWritten(),
              listed.get().getId(),
              time.now());
    } else {
      Profile profile =
          existing.enter(
              row.proposal().toProposed(),
              units.byCode(row.proposal().getUnitCode()),
              ownerId,
              accountImport.getImportedBy(),
              accountImport.getFileName() + ", row " + row.rowNumber());
      done =
          accountImport.accepted(
              row.rowNumber(),
              row.name(),
              row.accountAddressAsWritten(),
              address.key(),
              profile.getId(),
              time.now());
    }
    em.persist(done);
    em.flush();
    return done;
  }

  /**
   * After {@link #accept} failed: if the row's account is in the registry now, another import
   * listed it meanwhile, and the row is recorded as its duplicate. False when it is not there, and
   * nothing is written.
   */
  public boolean duplicateIfListed(long importId, AccountRow row) {
    AccountImport accountImport = lockedImport(importId);
    Optional<Profile> listed = row.address().flatMap(this::alreadyHeld);
    listed.ifPresent(
        profile ->
            em.persist(
                accountImport.duplicate(
                    row.rowNumber(),
                    row.name(),
                    row.accountAddressAsWritten(),
                    profile.getId(),
                    time.now())));
    return listed.isPresent();
  }

  /**
   * The profile that has the account already: one in the registry (closed ones too: an import
   * brings in accounts in use), or any other live one, such as a proposal that names it.
   */
  private Optional<Profile> alreadyHeld(AccountAddress address) {
    return registry.profileAt(address).or(() -> accounts.liveHolder(address.key()));
  }

  /** Records why a row was refused; nothing else of it is stored. */
  public ImportRow reject(
      long importId, int rowNumber, String name, String address, List<RowProblem> problems) {
    ImportRow done =
        lockedImport(importId).rejected(rowNumber, name, address, problems, time.now());
    em.persist(done);
    return done;
  }

  private AccountImport lockedImport(long importId) {
    return em.find(AccountImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
  }
}
