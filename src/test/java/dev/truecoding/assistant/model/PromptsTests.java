package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a model is told when it changes a live app: names stay as they are unless the person renames them. */
class PromptsTests {

    private final Prompts prompts = new Prompts();
    private final AssistantRequest iteration = new AssistantRequest(AssistantPhase.ITERATION, List.of(),
            "add a rating to recipes", null, null);

    @Test
    void theIterationConversationKeepsNamesUnlessARenameIsAsked() {
        String system = prompts.conversation(iteration);

        assertThat(system).contains("Keep every existing entity, field and relationship name exactly as it is unless the person asks to rename it",
                "say it plainly as a rename");
    }

    @Test
    void thePlanWriterKeepsTheCurrentPlansNames() {
        String writer = prompts.planWriter(iteration, "TechnicalPlan", "{}");

        assertThat(writer).contains("Keep every existing entity, field and relationship name exactly as the current Technical Plan spells it");
    }
}
