package fi.virkaprofiili.organisation.boundary;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.review.control.ReviewStatus;
import java.io.Serializable;

/**
 * One of a unit's profiles as its manager sees it in the list: what it is and where its review
 * stands.
 */
public record UnitProfile(
    long id, String name, Channel channel, ProfileState state, ReviewStatus review)
    implements Serializable {}
