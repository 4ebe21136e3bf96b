package fi.virkaprofiili.profile.entity.account;

import java.util.Optional;

/** What one service calls an account: how its addresses read, and how its links are written. */
interface Site {

  /** The account a web address on this service points at; empty for pages and content. */
  Optional<AccountAddress> account(WebAddress address);

  /** The account a bare name stands for, when the caller knows it is on this service. */
  Optional<AccountAddress> named(String name);

  /** A link to the account with this identity (the part of the key after the channel). */
  String url(String identity);
}
