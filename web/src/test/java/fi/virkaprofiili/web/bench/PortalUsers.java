package fi.virkaprofiili.web.bench;

import fi.virkaprofiili.platform.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portal benchmark's signed-in people, known to both its sides: the fixture in the server
 * creates them, the load generator outside signs them in. Everyone is staff, as in the demo; some
 * are also managers (of the seeded units), communications or IT.
 */
final class PortalUsers {

  /** Camunda takes letters and digits only in a user id. */
  static final String PREFIX = "portalbench";

  /** One benchmark user and the groups they are in. */
  record User(String id, List<String> groups) {

    String password() {
      return "bench-" + id;
    }

    boolean in(String group) {
      return groups.contains(group);
    }
  }

  private PortalUsers() {}

  /**
   * {@code count} users: a quarter managers, a sixth communications and a tenth IT (at least one of
   * each), the rest staff only.
   */
  static List<User> of(int count) {
    int managers = Math.max(1, count / 4);
    int communications = Math.max(1, count / 6);
    int it = Math.max(1, count / 10);
    List<User> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> groups = new ArrayList<>(List.of(Roles.STAFF));
      if (i < managers) {
        groups.add(Roles.MANAGERS);
      } else if (i < managers + communications) {
        groups.add(Roles.COMMUNICATIONS);
      } else if (i < managers + communications + it) {
        groups.add(Roles.IT);
      }
      users.add(new User(String.format(Locale.ROOT, PREFIX + "%02d", i), List.copyOf(groups)));
    }
    return users;
  }

  static List<String> managers(List<User> users) {
    return users.stream().filter(user -> user.in(Roles.MANAGERS)).map(User::id).toList();
  }
}
