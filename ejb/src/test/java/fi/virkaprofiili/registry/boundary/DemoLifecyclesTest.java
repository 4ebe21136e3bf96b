package fi.virkaprofiili.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At start-up in demo mode, each listed demo profile without a lifecycle joins one; outside demo
 * mode the start-up neither looks for such profiles nor starts anything.
 */
class DemoLifecyclesTest {

  /** Stands in for the boundary that starts lifecycles, remembering what it was asked. */
  private static class RecordingProfiles extends ExistingProfiles {
    final List<Long> waiting;
    final List<Long> adopted = new ArrayList<>();
    int lookups;

    RecordingProfiles(Long... waiting) {
      this.waiting = List.of(waiting);
    }

    @Override
    public List<Long> withoutLifecycle() {
      lookups++;
      return waiting;
    }

    @Override
    public void adopt(long profileId) {
      adopted.add(profileId);
    }
  }

  @Test
  void inDemoModeEveryListedProfileWithoutALifecycleJoinsOne() {
    RecordingProfiles profiles = new RecordingProfiles(3L, 1L, 2L);

    new DemoLifecycles(profiles, () -> true).adoptDemoProfiles();

    assertThat(profiles.adopted).containsExactly(3L, 1L, 2L);
  }

  @Test
  void inDemoModeWithEveryProfileInItsLifecycleNothingIsStarted() {
    RecordingProfiles profiles = new RecordingProfiles();

    new DemoLifecycles(profiles, () -> true).adoptDemoProfiles();

    assertThat(profiles.lookups).isEqualTo(1);
    assertThat(profiles.adopted).isEmpty();
  }

  @Test
  void outsideDemoModeNoProfileIsLookedForOrAdopted() {
    RecordingProfiles profiles = new RecordingProfiles(1L, 2L);

    new DemoLifecycles(profiles, () -> false).adoptDemoProfiles();

    assertThat(profiles.lookups).isZero();
    assertThat(profiles.adopted).isEmpty();
  }
}
