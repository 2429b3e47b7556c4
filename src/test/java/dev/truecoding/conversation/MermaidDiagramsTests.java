package dev.truecoding.conversation;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mermaid source the workspace draws: the plan's entities and relationships, and nothing a plan could inject. */
class MermaidDiagramsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEntityFieldAndRelationshipIsInTheErDiagram() throws Exception {
        TechnicalPlan plan = plan();
        String source = MermaidDiagrams.entityRelationship(plan);
        assertThat(source).startsWith("erDiagram\n");
        for (Entity entity : plan.dataModel().entities()) {
            assertThat(source).contains("    " + entity.name() + " {\n");
        }
        assertThat(source).containsPattern("string title( UK)?\\n").contains("int servings \"optional\"");
        assertThat(source.lines().filter(line -> line.contains("--"))).hasSize(plan.dataModel().relationships().size());
    }

    @Test
    void namesAndLabelsCannotBreakOutOfTheDiagram() throws Exception {
        TechnicalPlan base = plan();
        var hostile = new TechnicalPlan(base.architecture(), base.stack(),
                new TechnicalPlan.DataModel(List.of(new Entity("Evil }\nclick X call", "x",
                        List.of(new Field("na\"me", "enum: a|b", true, true, null, null)))),
                        List.of(new Relationship("Evil }\nclick X call", "Evil }\nclick X call", RelationshipType.MANY_TO_MANY,
                                "owns \"}%%{init: {'theme':'dark'}}%%"))),
                base.apiEndpoints(), base.pages(), base.components(), base.fileStructure(), base.cicd(), base.environment());
        String source = MermaidDiagrams.entityRelationship(hostile);
        assertThat(source).contains("    Evil___click_X_call {\n").contains("        enum na_me UK\n")
                .contains("Evil___click_X_call }o--o{ Evil___click_X_call : \"owns init: 'theme':'dark'\"\n")
                .doesNotContain("{init").doesNotContain("\"}");
        assertThat(source.lines()).hasSize(5);
    }

    @Test
    void onlyAMermaidArchitectureDiagramIsDrawnAsOne() throws Exception {
        TechnicalPlan base = plan();
        assertThat(MermaidDiagrams.architecture(withDiagram(base, "browser -> next.js -> postgres"))).isNull();
        assertThat(MermaidDiagrams.architecture(withDiagram(base, "graph LR\n  Browser --> App --> DB"))).startsWith("graph LR");
        assertThat(MermaidDiagrams.architecture(withDiagram(base, "flowchart TD\n" + "  A --> B\n".repeat(3000)))).isNull();
        assertThat(MermaidDiagrams.architecture(withDiagram(base, null))).isNull();
    }

    private static TechnicalPlan withDiagram(TechnicalPlan plan, String diagram) {
        return new TechnicalPlan(new TechnicalPlan.Architecture(plan.architecture().type(), "x", diagram), plan.stack(), plan.dataModel(),
                plan.apiEndpoints(), plan.pages(), plan.components(), plan.fileStructure(), plan.cicd(), plan.environment());
    }

    private TechnicalPlan plan() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/plans/full-technical-plan.json")) {
            return json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), TechnicalPlan.class);
        }
    }
}
