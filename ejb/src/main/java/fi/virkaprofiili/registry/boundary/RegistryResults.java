package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import java.util.List;

/** One page of the registry's answer, and how many profiles match in all. */
public record RegistryResults(List<Profile> profiles, long total, int page, int size) {}
