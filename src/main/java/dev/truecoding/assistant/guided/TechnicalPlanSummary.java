package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.StackChoice;

import java.util.List;

/** The TechnicalPlan as readable markdown, with the data model in the notation the person edits it with. */
final class TechnicalPlanSummary {

    private TechnicalPlanSummary() {
    }

    static String render(TechnicalPlan plan) {
        StringBuilder out = new StringBuilder();
        if (plan.architecture() != null) {
            out.append("**Architecture:** ").append(plan.architecture().description()).append("\n\n");
        }
        if (plan.stack() != null && !plan.stack().isEmpty()) {
            out.append("**Stack:** ").append(String.join(" · ", plan.stack().stream().map(TechnicalPlanSummary::stack).toList()))
                    .append("\n\n");
        }
        List<Entity> entities = plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities();
        out.append("**Data model** (").append(entities.size()).append(entities.size() == 1 ? " entity" : " entities").append(")\n```\n");
        for (Entity entity : entities) {
            if (entity != null) {
                out.append("entity ").append(entity.name()).append(" { ")
                        .append(entity.fields() == null ? "" : PlanEditor.fieldList(withNamedFields(entity))).append(" }\n");
            }
        }
        List<Relationship> relationships = plan.dataModel() == null || plan.dataModel().relationships() == null
                ? List.of() : plan.dataModel().relationships();
        for (Relationship relationship : relationships) {
            if (relationship != null && relationship.type() != null) {
                out.append("relate ").append(relationship.from()).append(' ')
                        .append(relationship.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .append(' ').append(relationship.to()).append('\n');
            }
        }
        out.append("```\n\n");
        out.append("**Derived:** ").append(size(plan.apiEndpoints())).append(" API endpoints, ")
                .append(size(plan.pages())).append(" pages, ").append(size(plan.components())).append(" components");
        if (plan.cicd() != null && plan.cicd().jobs() != null && !plan.cicd().jobs().isEmpty()) {
            out.append("; CI runs ").append(String.join(" → ", plan.cicd().jobs().getFirst().steps()));
        }
        out.append(".\n\n");
        if (plan.environment() != null && plan.environment().variables() != null) {
            out.append("**Environment:** ").append(String.join(", ", plan.environment().variables().stream()
                    .filter(v -> v != null && v.name() != null).map(TechnicalPlanSummary::variable).toList())).append('\n');
        }
        return out.toString().strip();
    }

    private static Entity withNamedFields(Entity entity) {
        return new Entity(entity.name(), entity.description(), entity.fields().stream()
                .filter(f -> f != null && f.name() != null && f.type() != null).toList());
    }

    private static String stack(StackChoice choice) {
        return choice == null ? "" : choice.name() + (choice.version() == null ? "" : " " + choice.version());
    }

    private static String variable(EnvVariable variable) {
        return "`" + variable.name() + "`" + (variable.required() ? " (required" + (variable.secret() ? ", secret)" : ")")
                : variable.secret() ? " (secret)" : "");
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
