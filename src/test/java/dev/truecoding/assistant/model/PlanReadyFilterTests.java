package dev.truecoding.assistant.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanReadyFilterTests {

    private final List<String> sink = new ArrayList<>();
    private final PlanReadyFilter filter = new PlanReadyFilter(sink::add);

    @Test
    void removesAMarkerSplitCharacterByCharacter() {
        for (char c : "Summary done.\n\n[[PLAN_READY]]\n".toCharArray()) {
            filter.accept(String.valueOf(c));
        }
        filter.finish();

        assertThat(filter.planReady()).isTrue();
        assertThat(String.join("", sink)).isEqualTo("Summary done.").isEqualTo(filter.text());
    }

    @Test
    void releasesWhatOnlyLookedLikeTheMarker() {
        filter.accept("Use [[double brackets]] ");
        filter.accept("and [[PLAN");
        filter.accept(" later");
        filter.finish();

        assertThat(filter.planReady()).isFalse();
        assertThat(String.join("", sink)).isEqualTo("Use [[double brackets]] and [[PLAN later");
    }

    @Test
    void holdsBackOnlyAPossibleMarkerStart() {
        filter.accept("Hello [[PL");

        assertThat(sink).containsExactly("Hello");
    }
}
