package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.PlanEdit.AddField;
import dev.truecoding.assistant.guided.PlanEdit.DefineEntity;
import dev.truecoding.assistant.guided.PlanEdit.Relate;
import dev.truecoding.assistant.guided.PlanEdit.RemoveEntity;
import dev.truecoding.assistant.guided.PlanEdit.RemoveEnv;
import dev.truecoding.assistant.guided.PlanEdit.RemoveField;
import dev.truecoding.assistant.guided.PlanEdit.RenameEntity;
import dev.truecoding.assistant.guided.PlanEdit.RenameField;
import dev.truecoding.assistant.guided.PlanEdit.SetEnv;
import dev.truecoding.assistant.guided.PlanEdit.Unrelate;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies notation edits to a TechnicalPlan. Each edit either applies whole or changes nothing and says why;
 * after any change the derived parts are recomputed, so endpoints, pages, components and files always match the
 * entities. Entity names match case-insensitively and ignoring spaces ("meal plan" finds "MealPlan").
 */
final class PlanEditor {

    /** @param applied whether the plan changed; {@code report} is one markdown line saying what happened */
    record Result(boolean applied, String report) {
    }

    private final TechnicalPlan base;
    private final List<Entity> entities;
    private final List<Relationship> relationships;
    private final List<EnvVariable> variables;
    private final RenameLog renames;
    private final Replies r;
    private boolean changed;

    PlanEditor(TechnicalPlan plan) {
        this(plan, new RenameLog(plan), Replies.in(Language.ENGLISH));
    }

    /**
     * @param renames where the renames (and the removals that end them) are noted, across several editors
     * @param r       the person's language, for the reports
     */
    PlanEditor(TechnicalPlan plan, RenameLog renames, Replies r) {
        this.base = plan;
        this.renames = renames;
        this.r = r;
        DataModel model = plan.dataModel();
        this.entities = new ArrayList<>(model == null || model.entities() == null ? List.of() : model.entities());
        this.relationships = new ArrayList<>(model == null || model.relationships() == null ? List.of() : model.relationships());
        this.entities.removeIf(entity -> entity == null || entity.name() == null);
        this.entities.replaceAll(PlanEditor::withoutBrokenFields);
        this.relationships.removeIf(x -> x == null || x.from() == null || x.to() == null || x.type() == null);
        this.variables = new ArrayList<>(plan.environment() == null || plan.environment().variables() == null
                ? List.of() : plan.environment().variables());
        this.variables.removeIf(v -> v == null || v.name() == null);
    }

    /** Plans typed by people or models may hold fields without a name or type; the editor leaves those out. */
    private static Entity withoutBrokenFields(Entity entity) {
        List<Field> fields = entity.fields() == null ? List.of()
                : entity.fields().stream().filter(f -> f != null && f.name() != null && f.type() != null).toList();
        return fields.equals(entity.fields()) ? entity : new Entity(entity.name(), entity.description(), fields);
    }

    boolean changed() {
        return changed;
    }

    /** The plan after the edits: the original object when nothing changed, else a recomputed one. */
    TechnicalPlan plan() {
        if (!changed) {
            return base;
        }
        return DerivedParts.complete(base, new DataModel(List.copyOf(entities), List.copyOf(relationships)), variables);
    }

    Result apply(PlanEdit edit) {
        Result result = switch (edit) {
            case DefineEntity define -> defineEntity(define);
            case AddField add -> addField(add);
            case RemoveField remove -> removeField(remove);
            case RenameField rename -> renameField(rename);
            case RemoveEntity remove -> removeEntity(remove);
            case RenameEntity rename -> renameEntity(rename);
            case Relate relate -> relate(relate);
            case Unrelate unrelate -> unrelate(unrelate);
            case SetEnv set -> setEnv(set);
            case RemoveEnv remove -> removeEnv(remove);
            default -> new Result(false, "");
        };
        changed |= result.applied();
        return result;
    }

    private Result defineEntity(DefineEntity define) {
        Optional<Integer> index = indexOf(define.name());
        Entity entity = new Entity(define.name(), index.map(i -> entities.get(i).description())
                .orElse("A " + EntityNaming.label(define.name())), define.fields());
        if (index.isPresent()) {
            String previousName = entities.get(index.get()).name();
            entities.set(index.get(), entity);
            renameInRelationships(previousName, define.name());
            renames.entityRenamed(previousName, define.name());
            renames.entityRedefined(define.name(), define.fields());
            return ok(r.text("edit.entityReplaced", define.name(), fieldList(entity)));
        }
        entities.add(entity);
        return ok(r.text("edit.entityAdded", define.name(), fieldList(entity)));
    }

    private Result addField(AddField add) {
        Optional<Integer> index = indexOf(add.entity());
        if (index.isEmpty()) {
            return unknownEntity(add, add.entity(), "add field Recipe.rating: int");
        }
        Entity entity = entities.get(index.get());
        List<Field> fields = new ArrayList<>(entity.fields());
        int existing = fieldIndex(entity, add.field().name());
        if (existing >= 0 && entity.fields().get(existing).equals(add.field())) {
            return new Result(false, "· " + r.text("edit.fieldAlreadyThere", entity.name(), notation(add.field())));
        }
        if (existing >= 0) {
            fields.set(existing, add.field());
        } else {
            fields.add(add.field());
        }
        entities.set(index.get(), new Entity(entity.name(), entity.description(), List.copyOf(fields)));
        return ok(r.text(existing >= 0 ? "edit.fieldChanged" : "edit.fieldAdded", notation(add.field()), entity.name()));
    }

    private Result removeField(RemoveField remove) {
        Optional<Integer> index = indexOf(remove.entity());
        if (index.isEmpty()) {
            return unknownEntity(remove, remove.entity(), "remove field Recipe.servings");
        }
        Entity entity = entities.get(index.get());
        int field = fieldIndex(entity, remove.field());
        if (field < 0) {
            return unknownField(remove, entity, remove.field(), "remove field " + entity.name() + ".fieldName");
        }
        if (entity.fields().size() == 1) {
            return error(remove, r.text("edit.lastField", entity.name()),
                    "remove entity " + entity.name());
        }
        List<Field> fields = new ArrayList<>(entity.fields());
        Field removed = fields.remove(field);
        entities.set(index.get(), new Entity(entity.name(), entity.description(), List.copyOf(fields)));
        renames.fieldRemoved(entity.name(), removed.name());
        return ok(r.text("edit.fieldRemoved", removed.name(), entity.name()));
    }

    private Result renameField(RenameField rename) {
        Optional<Integer> index = indexOf(rename.entity());
        if (index.isEmpty()) {
            return unknownEntity(rename, rename.entity(), "rename field Recipe.title to name");
        }
        Entity entity = entities.get(index.get());
        int field = fieldIndex(entity, rename.from());
        if (field < 0) {
            return unknownField(rename, entity, rename.from(), "rename field " + entity.name() + ".oldName to newName");
        }
        if (fieldIndex(entity, rename.to()) >= 0 && fieldIndex(entity, rename.to()) != field) {
            return error(rename, r.text("edit.fieldClash", entity.name(), rename.to()),
                    "rename field " + entity.name() + "." + rename.from() + " to anotherName");
        }
        List<Field> fields = new ArrayList<>(entity.fields());
        Field old = fields.get(field);
        fields.set(field, new Field(rename.to(), old.type(), old.required(), old.unique(), old.defaultValue(), old.description()));
        entities.set(index.get(), new Entity(entity.name(), entity.description(), List.copyOf(fields)));
        renames.fieldRenamed(entity.name(), old.name(), rename.to());
        return ok(r.text("edit.fieldRenamed", entity.name(), old.name(), rename.to()));
    }

    private Result removeEntity(RemoveEntity remove) {
        Optional<Integer> index = indexOf(remove.name());
        if (index.isEmpty()) {
            return unknownEntity(remove, remove.name(), "remove entity Recipe");
        }
        if (entities.size() == 1) {
            return error(remove, r.text("edit.lastEntity", entities.getFirst().name()), NotationParser.ENTITY_SYNTAX);
        }
        String name = entities.remove((int) index.get()).name();
        renames.entityRemoved(name);
        int before = relationships.size();
        relationships.removeIf(r -> r.from().equals(name) || r.to().equals(name));
        int dropped = before - relationships.size();
        return ok(dropped == 0 ? r.text("edit.entityRemoved", name)
                : r.text(dropped == 1 ? "edit.entityRemovedWithRelationship" : "edit.entityRemovedWithRelationships", name, dropped));
    }

    private Result renameEntity(RenameEntity rename) {
        Optional<Integer> index = indexOf(rename.from());
        if (index.isEmpty()) {
            return unknownEntity(rename, rename.from(), "rename entity Recipe to Dish");
        }
        Optional<Integer> clash = indexOf(rename.to());
        if (clash.isPresent() && !clash.equals(index)) {
            return error(rename, r.text("edit.entityClash", entities.get(clash.get()).name()),
                    "rename entity " + rename.from() + " to AnotherName");
        }
        Entity entity = entities.get(index.get());
        entities.set(index.get(), new Entity(rename.to(), entity.description(), entity.fields()));
        renameInRelationships(entity.name(), rename.to());
        renames.entityRenamed(entity.name(), rename.to());
        return ok(r.text("edit.entityRenamed", entity.name(), rename.to()));
    }

    private void renameInRelationships(String from, String to) {
        relationships.replaceAll(r -> {
            String source = r.from().equals(from) ? to : r.from();
            String target = r.to().equals(from) ? to : r.to();
            boolean renamed = !source.equals(r.from()) || !target.equals(r.to());
            return renamed ? new Relationship(source, target, r.type(), describe(source, target, r.type())) : r;
        });
    }

    private Result relate(Relate relate) {
        Optional<Integer> from = indexOf(relate.from());
        Optional<Integer> to = indexOf(relate.to());
        if (from.isEmpty() || to.isEmpty()) {
            return unknownEntity(relate, from.isEmpty() ? relate.from() : relate.to(), "relate Recipe many-to-one Cookbook");
        }
        String source = entities.get(from.get()).name();
        String target = entities.get(to.get()).name();
        boolean replaced = relationships.removeIf(r -> connects(r, source, target));
        Relationship relationship = new Relationship(source, target, relate.type(), describe(source, target, relate.type()));
        relationships.add(relationship);
        return ok(r.text(replaced ? "edit.relationshipReplaced" : "edit.related", relationship.description()));
    }

    private Result unrelate(Unrelate unrelate) {
        Optional<Integer> first = indexOf(unrelate.first());
        Optional<Integer> second = indexOf(unrelate.second());
        if (first.isEmpty() || second.isEmpty()) {
            return unknownEntity(unrelate, first.isEmpty() ? unrelate.first() : unrelate.second(), "unrelate Recipe Cookbook");
        }
        String a = entities.get(first.get()).name();
        String b = entities.get(second.get()).name();
        if (!relationships.removeIf(r -> connects(r, a, b))) {
            return error(unrelate, r.text("edit.notRelated", a, b), "relate " + a + " many-to-one " + b);
        }
        return ok(r.text("edit.unrelated", a, b));
    }

    private Result setEnv(SetEnv set) {
        EnvVariable variable = set.variable();
        boolean replaced = variables.removeIf(v -> v.name().equals(variable.name()));
        variables.add(variable);
        return ok(r.text((replaced ? "edit.envChanged" : "edit.envAdded") + (variable.required() ? "Required" : "Optional")
                + (variable.secret() ? "Secret" : ""), variable.name()));
    }

    private Result removeEnv(RemoveEnv remove) {
        if (remove.name().equals(DerivedParts.DATABASE_URL.name())) {
            return error(remove, r.text("edit.databaseUrlStays"), "remove env STRIPE_KEY");
        }
        if (!variables.removeIf(v -> v.name().equals(remove.name()))) {
            List<String> names = variables.stream().map(EnvVariable::name).toList();
            return error(remove, names.isEmpty() ? r.text("edit.noEnv", remove.name())
                    : r.text("edit.noEnvAmong", remove.name(), String.join(", ", names)), "remove env STRIPE_KEY");
        }
        return ok(r.text("edit.envRemoved", remove.name()));
    }

    private static boolean connects(Relationship r, String a, String b) {
        return r.from().equals(a) && r.to().equals(b) || r.from().equals(b) && r.to().equals(a);
    }

    /** "A Cookbook has many Recipes", told the way a person reads the seed's relationship types. */
    static String describe(String from, String to, RelationshipType type) {
        return switch (type) {
            case ONE_TO_ONE -> "A " + from + " has one " + to;
            case ONE_TO_MANY -> "A " + from + " has many " + EntityNaming.pascal(EntityNaming.route(to));
            case MANY_TO_MANY -> "Many " + EntityNaming.pascal(EntityNaming.route(from)) + " relate to many "
                    + EntityNaming.pascal(EntityNaming.route(to));
        };
    }

    private Optional<Integer> indexOf(String name) {
        String key = comparable(name);
        for (int i = 0; i < entities.size(); i++) {
            if (comparable(entities.get(i).name()).equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String comparable(String name) {
        return EntityNaming.pascal(name).toLowerCase(Locale.ROOT);
    }

    /** "due date" finds {@code dueDate}; a field named in another style ("created_at", from JSON) by its own name. */
    private static int fieldIndex(Entity entity, String name) {
        for (int i = 0; i < entity.fields().size(); i++) {
            String existing = entity.fields().get(i).name();
            if (existing.equalsIgnoreCase(name) || EntityNaming.camel(existing).equalsIgnoreCase(EntityNaming.camel(name))) {
                return i;
            }
        }
        return -1;
    }

    private Result unknownEntity(PlanEdit edit, String name, String syntax) {
        List<String> names = entities.stream().map(Entity::name).toList();
        return error(edit, names.isEmpty() ? r.text("edit.noEntity", name)
                : r.text("edit.noEntityAmong", name, String.join(", ", names)), syntax);
    }

    private Result unknownField(PlanEdit edit, Entity entity, String field, String syntax) {
        return error(edit, r.text("edit.noField", entity.name(), field,
                String.join(", ", entity.fields().stream().map(Field::name).toList())), syntax);
    }

    private static Result ok(String report) {
        return new Result(true, "✓ " + report);
    }

    private Result error(PlanEdit edit, String reason, String syntax) {
        return error(edit, reason, syntax, r);
    }

    static Result error(PlanEdit edit, String reason, String syntax, Replies r) {
        return new Result(false, "✗ `" + FreeText.cap(edit.source(), 120) + "` — " + reason + " " + r.text("edit.syntax", syntax));
    }

    static String fieldList(Entity entity) {
        return String.join(", ", entity.fields().stream().map(PlanEditor::notation).toList());
    }

    /** A field in the notation it can be typed back in: {@code status: enum: a|b required default a}. */
    static String notation(Field field) {
        StringBuilder out = new StringBuilder(field.name()).append(": ").append(field.type());
        if (field.required()) {
            out.append(" required");
        }
        if (Boolean.TRUE.equals(field.unique())) {
            out.append(" unique");
        }
        if (field.defaultValue() != null) {
            out.append(" default ").append(field.defaultValue().contains(" ") ? "\"" + field.defaultValue() + "\"" : field.defaultValue());
        }
        return out.toString();
    }
}
