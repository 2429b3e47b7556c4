package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;

import java.util.List;

/**
 * The notation shown with the person's own plan: their entity and one of its fields in every example, so what
 * they read is what they can type back. A plan without entities falls back to the generic list.
 */
final class NotationExamples {

    private NotationExamples() {
    }

    static String forPlan(TechnicalPlan plan, Replies r) {
        List<Entity> entities = plan == null || plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities().stream()
                .filter(e -> e != null && e.name() != null && e.fields() != null
                        && e.fields().stream().anyMatch(f -> f != null && f.name() != null))
                .toList();
        if (entities.isEmpty()) {
            return NotationParser.SYNTAX;
        }
        Entity entity = entities.getFirst();
        String e = entity.name();
        String f = entity.fields().stream().filter(x -> x != null && x.name() != null).map(Field::name)
                .filter(name -> !name.equals("id")).findFirst().orElse(entity.fields().getFirst().name());
        String other = entities.stream().map(Entity::name).filter(name -> !name.equals("Tag")).findFirst().orElse(e);
        return String.join("\n",
                "- `add field " + e + "." + r.text("notation.exampleField") + ": int` — " + r.text("notation.addField"),
                "- `remove field " + e + "." + f + "` · `rename field " + e + "." + f + " to newName` — " + r.text("notation.field"),
                "- `rename entity " + e + " to NewName` · `remove entity " + e + "` — " + r.text("notation.entity"),
                "- `entity Tag { name: string required }` — " + r.text("notation.define"),
                "- `relate Tag many-to-many " + other + "` (`one-to-many`, `many-to-one`, `one-to-one`) · `unrelate Tag "
                        + other + "` — " + r.text("notation.relate"),
                "- `env STRIPE_KEY secret required \"Stripe API key\"` · `remove env STRIPE_KEY` — " + r.text("notation.env"),
                "- `show plan` · `help`",
                "",
                r.text("notation.types", String.join(", ", FieldType.NAMES)));
    }

    /** Requests in plain words about the person's first entity: "each recipe also has a photo". */
    static String plainExamples(TechnicalPlan plan, Replies r) {
        List<Entity> entities = plan == null || plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities().stream().filter(x -> x != null && x.name() != null).toList();
        if (entities.isEmpty()) {
            return r.text("planning.requests");
        }
        String name = entities.getFirst().name();
        return r.text("iteration.requests", EntityNaming.label(name), EntityNaming.pluralLabel(name), name);
    }
}
