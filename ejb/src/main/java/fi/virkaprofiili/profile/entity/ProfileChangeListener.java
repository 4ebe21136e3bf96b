package fi.virkaprofiili.profile.entity;

import fi.virkaprofiili.profile.boundary.ProfileChanges;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells {@link ProfileChanges} of every profile the persistence context writes. */
public class ProfileChangeListener {

  @Inject private ProfileChanges changes;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object profile) {
    changes.written();
  }
}
