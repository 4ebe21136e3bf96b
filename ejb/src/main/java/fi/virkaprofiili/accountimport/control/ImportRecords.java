package fi.virkaprofiili.accountimport.control;

import fi.virkaprofiili.accountimport.entity.AccountImport;
import fi.virkaprofiili.platform.config.OrganisationTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Opens an import's record in a transaction of its own, committed before any row is taken. */
@Stateless
public class ImportRecords {

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationTime time;

  public AccountImport open(String fileName, String importedBy, int rowCount) {
    AccountImport accountImport = new AccountImport(fileName, importedBy, rowCount, time.now());
    em.persist(accountImport);
    em.flush();
    return accountImport;
  }
}
