package fi.virkaprofiili.setup.boundary;

import fi.virkaprofiili.platform.NotPermittedException;
import fi.virkaprofiili.platform.Rows;
import fi.virkaprofiili.platform.identity.Roles;
import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.task.boundary.TaskAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * IT's register of every official account and who holds access to it (R8): the accounts of listed
 * and closing profiles, and of approved ones already given access. Only IT sees it.
 */
@Stateless
public class AccessRegister {

  private static final Logger LOG = Logger.getLogger(AccessRegister.class.getName());

  public static final int MAX_PAGE = 100;
  public static final int WORDS_MAX = 200;

  @PersistenceContext private EntityManager em;
  @Inject private TaskAccess access;

  /** How many accounts there are, or how many match {@code words}; only IT may ask. */
  public long count(@NotBlank String userId, @Size(max = WORDS_MAX) String words) {
    requireIt(userId);
    var count = em.createQuery("select count(p)" + where(words), Long.class);
    bind(count, words);
    return count.getSingleResult();
  }

  /**
   * One page of the accounts, by name; {@code words}, if given, narrow to names or addresses
   * containing them.
   */
  public Rows<AccountAccess> accounts(
      @NotBlank String userId,
      @Size(max = WORDS_MAX) String words,
      @Min(0) int first,
      @Min(1) @Max(MAX_PAGE) int size) {
    long total = count(userId, words);
    // Only the columns the list shows: a page of entities would bring their collections along.
    var page =
        em.createQuery(
            "select p.id, p.name, p.channel, p.accountUrl, p.state, p.access.holders,"
                + " p.access.registeredBy, p.access.registeredAt"
                + where(words)
                + " order by p.name, p.id",
            Object[].class);
    bind(page, words);
    List<AccountAccess> rows =
        page.setFirstResult(Rows.first(first)).setMaxResults(size).getResultList().stream()
            .map(
                row ->
                    new AccountAccess(
                        (Long) row[0],
                        (String) row[1],
                        (Channel) row[2],
                        (String) row[3],
                        (ProfileState) row[4],
                        (String) row[5],
                        (String) row[6],
                        (Instant) row[7]))
            .toList();
    return new Rows<>(rows, total);
  }

  private void requireIt(String userId) {
    if (!access.isMember(userId, Roles.IT)) {
      String message =
          "Refused: "
              + userId
              + " may not see who holds access to the accounts: not in "
              + Roles.IT;
      LOG.warning(message);
      throw new NotPermittedException(message);
    }
  }

  private static boolean narrowed(String words) {
    return words != null && !words.isBlank();
  }

  private static String where(String words) {
    return " from Profile p where (p.state in :inUse or (p.state = :approved and p.access.holders is not null))"
        + (narrowed(words)
            ? " and (lower(p.name) like :words or lower(p.accountUrl) like :words)"
            : "");
  }

  private static void bind(Query query, String words) {
    query.setParameter("inUse", List.of(ProfileState.LISTED, ProfileState.CLOSING));
    query.setParameter("approved", ProfileState.APPROVED);
    if (narrowed(words)) {
      query.setParameter("words", "%" + words.strip().toLowerCase(Locale.ROOT) + "%");
    }
  }
}
