package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.List;

/** One line of notation, understood. {@link Invalid} carries why a line that looked like notation could not be read. */
sealed interface PlanEdit {

    /** The line as the person wrote it, quoted back in reports. */
    String source();

    record DefineEntity(String source, String name, List<Field> fields) implements PlanEdit {
    }

    record AddField(String source, String entity, Field field) implements PlanEdit {
    }

    record RemoveField(String source, String entity, String field) implements PlanEdit {
    }

    record RenameField(String source, String entity, String from, String to) implements PlanEdit {
    }

    record RemoveEntity(String source, String name) implements PlanEdit {
    }

    record RenameEntity(String source, String from, String to) implements PlanEdit {
    }

    /** Stored the seed's way: many-to-one is turned around into a one-to-many from the "one" side. */
    record Relate(String source, String from, String to, RelationshipType type) implements PlanEdit {
    }

    record Unrelate(String source, String first, String second) implements PlanEdit {
    }

    record SetEnv(String source, EnvVariable variable) implements PlanEdit {
    }

    record RemoveEnv(String source, String name) implements PlanEdit {
    }

    record ShowPlan(String source) implements PlanEdit {
    }

    record Help(String source) implements PlanEdit {
    }

    record Invalid(String source, Said reason, String syntax) implements PlanEdit {
    }

    /** A line that is not notation at all. */
    record NotNotation(String source) implements PlanEdit {
    }
}
