package dev.truecoding.generation;

import dev.truecoding.generation.GenerationStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress a run reports moves with time: the slow steps get the room, the quick ones almost none. */
class ValidationProgressTests {

    @Test
    void theBuildStartsNearHalfwayThroughValidationNotAtFourFifths() {
        assertThat(ValidationProgress.SHARES.keySet()).containsExactlyInAnyOrderElementsOf(CodeValidator.STEPS);
        assertThat(ValidationProgress.done("static", false)).isZero();
        assertThat(ValidationProgress.done("build", false)).isBetween(0.4, 0.5);
        assertThat(ValidationProgress.done("build", true)).isEqualTo(1.0);
        assertThat(ValidationProgress.done("install", true)).isLessThan(0.1);
    }

    @Test
    void validationCoversAlmostTheWholeRun() {
        assertThat(GenerationStage.VALIDATING_CODE.to() - GenerationStage.VALIDATING_CODE.from()).isGreaterThanOrEqualTo(85);
        assertThat(GenerationStage.READY.to()).isEqualTo(100);
        for (int i = 1; i < GenerationStage.values().length; i++) {
            assertThat(GenerationStage.values()[i].from()).isEqualTo(GenerationStage.values()[i - 1].to());
        }
    }
}
