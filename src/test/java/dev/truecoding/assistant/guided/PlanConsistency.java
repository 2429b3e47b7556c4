package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.APIEndpoint;
import dev.truecoding.plan.TechnicalPlan.Component;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.FileNode;
import dev.truecoding.plan.TechnicalPlan.HttpMethod;
import dev.truecoding.plan.TechnicalPlan.Page;
import dev.truecoding.plan.TechnicalPlan.Relationship;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a TechnicalPlan's derived parts agree with its data model. */
final class PlanConsistency {

    private PlanConsistency() {
    }

    static void assertConsistent(TechnicalPlan plan) {
        assertThat(plan.architecture()).isNotNull();
        assertThat(plan.stack()).isNotEmpty();
        assertThat(plan.cicd().jobs().getFirst().steps()).containsExactly("npm ci", "npm run typecheck", "npm test", "npm run build");
        List<Entity> entities = plan.dataModel().entities();
        assertThat(entities).isNotEmpty();
        Set<String> names = entities.stream().map(Entity::name).collect(Collectors.toSet());
        assertThat(names).hasSameSizeAs(entities);
        for (Relationship relationship : plan.dataModel().relationships()) {
            assertThat(names).contains(relationship.from(), relationship.to());
        }
        Set<String> endpoints = plan.apiEndpoints().stream().map(e -> e.method() + " " + e.path()).collect(Collectors.toSet());
        Set<String> pages = plan.pages().stream().map(Page::path).collect(Collectors.toSet());
        Set<String> components = plan.components().stream().map(Component::name).collect(Collectors.toSet());
        List<String> files = paths(plan.fileStructure());
        assertThat(pages).contains("/");
        for (Entity entity : entities) {
            assertThat(entity.fields()).as(entity.name()).isNotEmpty();
            String route = EntityNaming.route(entity.name());
            assertThat(endpoints).contains("GET /api/" + route, "POST /api/" + route, "GET /api/" + route + "/{id}",
                    "PUT /api/" + route + "/{id}", "DELETE /api/" + route + "/{id}");
            assertThat(pages).contains("/" + route, "/" + route + "/new", "/" + route + "/[id]", "/" + route + "/[id]/edit");
            assertThat(components).contains(entity.name() + "List", entity.name() + "Form", entity.name() + "Details");
            assertThat(files).contains("src/app/api/" + route + "/route.ts", "src/app/" + route + "/page.tsx");
        }
        assertThat(plan.apiEndpoints()).hasSize(entities.size() * 5);
        assertThat(plan.pages()).hasSize(1 + entities.size() * 4);
        for (Page page : plan.pages()) {
            assertThat(components).containsAll(page.components());
        }
        for (APIEndpoint endpoint : plan.apiEndpoints()) {
            if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
                assertThat(endpoint.requestBody().properties()).isNotEmpty();
            }
        }
        assertThat(plan.environment().variables().getFirst().name()).isEqualTo("DATABASE_URL");
        assertThat(plan.environment().variables().getFirst().required()).isTrue();
        assertThat(plan.environment().variables().getFirst().secret()).isTrue();
    }

    private static List<String> paths(List<FileNode> nodes) {
        List<String> paths = new ArrayList<>();
        for (FileNode node : nodes) {
            paths.add(node.path());
            if (node.children() != null) {
                paths.addAll(paths(node.children()));
            }
        }
        return paths;
    }
}
