package dev.truecoding.run;

import dev.truecoding.deploy.DeployStage;
import dev.truecoding.generation.GenerationStage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page draws a run's stages, whichever kind of run it is. */
class StageViewTests {

    @Test
    void aRunningGenerationHasItsEarlierStagesDoneAndItsCurrentOnePartlyFilled() {
        GenerationStage validating = GenerationStage.VALIDATING_CODE;
        int halfway = (validating.from() + validating.to()) / 2;
        List<StageView> stages = StageView.of(GenerationStage.class, validating, halfway, StageView.RunState.ACTIVE);

        assertThat(stages).extracting(StageView::state)
                .containsExactly("done", "done", "current", "upcoming", "upcoming", "upcoming");
        assertThat(stages.get(2).percent()).as("half of validating_code's span").isBetween(49, 51);
        assertThat(stages.get(1).percent()).isEqualTo(100);
    }

    @Test
    void aFailedDeploymentShowsTheStageItStoppedAtAndNeverDrawsTheErrorStage() {
        List<StageView> stages = StageView.of(DeployStage.class, DeployStage.BUILDING, DeployStage.BUILDING.from(),
                StageView.RunState.FAILED);

        assertThat(stages).extracting(StageView::id).containsExactly("importing", "building", "deploying", "ready");
        assertThat(stages).extracting(StageView::state).containsExactly("done", "failed", "upcoming", "upcoming");
    }

    @Test
    void aSucceededRunIsDoneThroughoutAndNoRunIsAllUpcoming() {
        assertThat(StageView.of(DeployStage.class, DeployStage.READY, 100, StageView.RunState.SUCCEEDED))
                .allMatch(stage -> stage.state().equals("done") && stage.percent() == 100);
        assertThat(StageView.of(GenerationStage.class, null, 0, StageView.RunState.NONE))
                .allMatch(stage -> stage.state().equals("upcoming") && stage.percent() == 0);
    }
}
