package dev.truecoding.change;

import dev.truecoding.run.StageView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A change's stages cover the run's 0–100 once, in order, and only the last one ends it. */
class ChangeStageTests {

    @Test
    void theStagesFollowEachOtherFromZeroToAHundred() {
        ChangeStage[] stages = ChangeStage.values();
        assertThat(stages[0].from()).isZero();
        assertThat(stages[stages.length - 1].to()).isEqualTo(100);
        for (int i = 1; i < stages.length; i++) {
            assertThat(stages[i].from()).isEqualTo(stages[i - 1].to());
        }
        assertThat(List.of(stages).stream().filter(ChangeStage::ends).toList()).containsExactly(ChangeStage.LIVE);
    }

    @Test
    void aRunFailedWhileValidatingIsDrawnDoneFailedAndUpcoming() {
        List<StageView> drawn = StageView.of(ChangeStage.class, ChangeStage.VALIDATING, 30, StageView.RunState.FAILED);
        assertThat(drawn).extracting(StageView::id).containsExactly("merging", "validating", "committing", "deploying", "live");
        assertThat(drawn).extracting(StageView::state).containsExactly("done", "failed", "upcoming", "upcoming", "upcoming");
    }
}
