package fi.virkaprofiili.profile.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Announces every profile the persistence context writes. The entity says that it changed and not
 * who cares: those who keep what they worked out from profiles listen for {@link ProfileWritten}.
 */
public class ProfileChangeListener {

  @Inject private Event<ProfileWritten> written;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Profile profile) {
    written.fire(new ProfileWritten(profile.getId()));
  }
}
