package dev.truecoding.generation.model;

import dev.truecoding.plan.Renames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which table, column and link table of the previous model each part of the new one continues: the one a rename
 * the change declared names, else the one with the same SQL name. Plan names are compared as the generator reads
 * them ("Repair job" is "RepairJob"), and a field rename may name its entity as either plan does. A rename whose
 * old or new name the models do not have is ignored (the change reader has already checked it).
 */
final class Pairing {

    private final Map<EntityModel, EntityModel> entities = new IdentityHashMap<>();
    private final Map<EntityModel, Map<String, String>> fieldRenames = new IdentityHashMap<>();
    private final Set<EntityModel> renamedAway = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Pairing(AppModel previous, AppModel current, Renames renames) {
        Map<EntityModel, EntityModel> byRename = new IdentityHashMap<>();
        for (Renames.EntityRename rename : renames.entities()) {
            EntityModel from = byName(previous.entities(), rename.from());
            EntityModel to = byName(current.entities(), rename.to());
            if (from != null && to != null && !byRename.containsValue(from) && !byRename.containsKey(to)) {
                byRename.put(to, from);
                renamedAway.add(from);
            }
        }
        for (EntityModel entity : current.entities()) {
            EntityModel old = byRename.get(entity);
            if (old == null) {
                old = previous.entities().stream()
                        .filter(candidate -> candidate.table().equals(entity.table()) && !renamedAway.contains(candidate))
                        .findFirst().orElse(null);
            }
            if (old != null) {
                entities.put(entity, old);
                Map<String, String> fields = new java.util.HashMap<>();
                for (Renames.FieldRename rename : renames.fields()) {
                    String named = key(rename.entity());
                    if (named.equals(key(old.label())) || named.equals(key(entity.label()))) {
                        fields.putIfAbsent(key(rename.to()), key(rename.from()));
                    }
                }
                fieldRenames.put(entity, fields);
            }
        }
    }

    /** The previous entity whose table this one continues, or null for a new table. */
    EntityModel previous(EntityModel current) {
        return entities.get(current);
    }

    /** Whether an entity of the previous model lives on in the new one (under its name or another). */
    boolean continued(EntityModel previous) {
        return entities.containsValue(previous);
    }

    /** The previous column a field continues: the renamed field's, else the one of its own name; null when new. */
    String previousColumn(EntityModel current, FieldModel field) {
        EntityModel old = entities.get(current);
        if (old == null) {
            return null;
        }
        Map<String, String> renames = fieldRenames.get(current);
        String from = renames.get(key(field.label()));
        if (from != null) {
            for (FieldModel candidate : old.fields()) {
                if (key(candidate.label()).equals(from)) {
                    return candidate.column();
                }
            }
        }
        for (FieldModel candidate : old.fields()) {
            // A field renamed away leaves its column to the rename, even if a new field takes its old name.
            if (candidate.column().equals(field.column()) && !renames.containsValue(key(candidate.label()))) {
                return candidate.column();
            }
        }
        return null;
    }

    /**
     * The previous foreign-key column a relationship continues: same kind, to the table its target continues;
     * the one of the same column name first, else the first unclaimed (a key named after a renamed entity).
     */
    Relations.BelongsTo previousKey(EntityModel current, Relations.BelongsTo key) {
        EntityModel old = entities.get(current);
        if (old == null) {
            return null;
        }
        List<Relations.BelongsTo> candidates = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (Relations.BelongsTo other : current.belongsTo()) {
            if (other == key) {
                break;
            }
            Relations.BelongsTo taken = previousKey(current, other);
            if (taken != null) {
                claimed.add(taken.column());
            }
        }
        for (Relations.BelongsTo candidate : old.belongsTo()) {
            if (candidate.oneToOne() == key.oneToOne() && !claimed.contains(candidate.column())
                    && sameTable(candidate.target(), key.target())) {
                candidates.add(candidate);
            }
        }
        return candidates.stream().filter(candidate -> candidate.column().equals(key.column())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.getFirst());
    }

    /** The previous link table a many-to-many continues: between the tables its ends continue, in the same order. */
    Relations.JoinTable previousJoin(AppModel previous, Relations.JoinTable join, Set<String> claimed) {
        return previous.joinTables().stream()
                .filter(old -> !claimed.contains(old.table()))
                .filter(old -> sameTable(old.left(), join.left()) && sameTable(old.right(), join.right()))
                .filter(old -> old.left().equals(old.right()) == join.left().equals(join.right()))
                .findFirst().orElse(null);
    }

    /** Whether the previous entity named {@code old} is the one whose table {@code current} continues. */
    private boolean sameTable(EntityNames old, EntityNames current) {
        return entities.entrySet().stream().anyMatch(entry -> entry.getKey().names().equals(current)
                && entry.getValue().names().equals(old));
    }

    private static EntityModel byName(List<EntityModel> entities, String name) {
        String wanted = key(name);
        return entities.stream().filter(entity -> key(entity.label()).equals(wanted)).findFirst().orElse(null);
    }

    static String key(String name) {
        return name == null ? "" : Naming.camel(Naming.words(name)).toLowerCase(Locale.ROOT);
    }
}
