package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities, fields and relationships of two data models, paired by name or by a declared rename. What is left
 * unpaired is removed or added; a removed and an added thing of the same shape are offered as a possible rename.
 */
final class DataModelComparison {

    private final List<PlanChange> changes = new ArrayList<>();
    private final List<PossibleRename> possibleRenames = new ArrayList<>();
    private Renames taken = Renames.NONE;
    /** Old entity name → new entity name, for every entity in both versions. */
    private final Map<String, String> entityNames = new HashMap<>();

    void compare(DataModel before, DataModel after, Renames declared) {
        List<Entity> oldEntities = Words.list(before == null ? null : before.entities());
        List<Entity> newEntities = Words.list(after == null ? null : after.entities());
        Map<Entity, Entity> pairs = pairEntities(oldEntities, newEntities, declared);
        Map<Entity, Entity> byNew = new LinkedHashMap<>();
        pairs.forEach((old, now) -> byNew.put(now, old));

        for (Entity now : newEntities) {
            Entity old = byNew.get(now);
            if (old == null) {
                changes.add(PlanChange.of(PlanArea.ENTITY, ChangeKind.ADDED, now.name(), null,
                        Phrase.of("change.entity.ADDED", now.name()), fieldList(now)));
                continue;
            }
            List<Phrase> details = new ArrayList<>();
            Words.textChanged(details, "description", old.description(), now.description());
            if (!old.name().equals(now.name())) {
                changes.add(PlanChange.of(PlanArea.ENTITY, ChangeKind.RENAMED, now.name(), old.name(),
                        Phrase.of("change.entity.RENAMED", old.name(), now.name()), details));
            } else if (!details.isEmpty()) {
                changes.add(PlanChange.of(PlanArea.ENTITY, ChangeKind.CHANGED, now.name(), null,
                        Phrase.of("change.entity.CHANGED", now.name()), details));
            }
            compareFields(old, now, declared);
        }
        List<Entity> removed = oldEntities.stream().filter(old -> !pairs.containsKey(old)).toList();
        for (Entity old : removed) {
            changes.add(PlanChange.of(PlanArea.ENTITY, ChangeKind.REMOVED, old.name(), null,
                    Phrase.of("change.entity.REMOVED", old.name()), fieldList(old)));
        }
        List<Entity> added = newEntities.stream().filter(now -> !byNew.containsKey(now)).toList();
        offerEntityRenames(removed, added);
        compareRelationships(before == null ? null : before.relationships(), after == null ? null : after.relationships());
    }

    List<PlanChange> changes() {
        return changes;
    }

    List<PossibleRename> possibleRenames() {
        return possibleRenames;
    }

    Renames taken() {
        return taken;
    }

    private Map<Entity, Entity> pairEntities(List<Entity> oldEntities, List<Entity> newEntities, Renames declared) {
        Map<String, Entity> oldByName = byName(oldEntities, Entity::name);
        Map<String, Entity> newByName = byName(newEntities, Entity::name);
        Map<Entity, Entity> pairs = new LinkedHashMap<>();
        Set<Entity> pairedNew = new HashSet<>();
        for (Renames.EntityRename rename : declared.entities()) {
            Entity old = oldByName.get(rename.from());
            Entity now = newByName.get(rename.to());
            // A rename holds only when the old name is gone and the new one is new; otherwise both are still there.
            if (old != null && now != null && !newByName.containsKey(rename.from()) && !oldByName.containsKey(rename.to())
                    && !pairs.containsKey(old) && pairedNew.add(now)) {
                pairs.put(old, now);
                taken = taken.entity(old.name(), now.name());
            }
        }
        for (Entity now : newEntities) {
            Entity old = oldByName.get(now.name());
            if (old != null && !pairs.containsKey(old) && pairedNew.add(now)) {
                pairs.put(old, now);
            }
        }
        pairs.forEach((old, now) -> entityNames.put(old.name(), now.name()));
        return pairs;
    }

    private void compareFields(Entity old, Entity now, Renames declared) {
        List<Field> oldFields = Words.list(old.fields());
        List<Field> newFields = Words.list(now.fields());
        Map<String, Field> oldByName = byName(oldFields, Field::name);
        Map<String, Field> newByName = byName(newFields, Field::name);
        Map<Field, Field> byNew = new LinkedHashMap<>();
        Set<Field> pairedOld = new HashSet<>();
        for (Renames.FieldRename rename : declared.fields()) {
            if (!rename.entity().equals(old.name()) && !rename.entity().equals(now.name())) {
                continue;
            }
            Field was = oldByName.get(rename.from());
            Field is = newByName.get(rename.to());
            if (was != null && is != null && !newByName.containsKey(rename.from()) && !oldByName.containsKey(rename.to())
                    && !byNew.containsKey(is) && pairedOld.add(was)) {
                byNew.put(is, was);
                taken = taken.field(now.name(), was.name(), is.name());
            }
        }
        for (Field is : newFields) {
            Field was = oldByName.get(is.name());
            if (was != null && !byNew.containsKey(is) && pairedOld.add(was)) {
                byNew.put(is, was);
            }
        }
        for (Field is : newFields) {
            String subject = now.name() + "." + is.name();
            Field was = byNew.get(is);
            if (was == null) {
                changes.add(PlanChange.of(PlanArea.FIELD, ChangeKind.ADDED, subject, null,
                        Phrase.of("change.field.ADDED", subject), describe(is)));
                continue;
            }
            List<Phrase> details = fieldDifferences(was, is);
            if (!was.name().equals(is.name())) {
                changes.add(PlanChange.of(PlanArea.FIELD, ChangeKind.RENAMED, subject, now.name() + "." + was.name(),
                        Phrase.of("change.field.RENAMED", now.name() + "." + was.name(), is.name()), details));
            } else if (!details.isEmpty()) {
                changes.add(PlanChange.of(PlanArea.FIELD, ChangeKind.CHANGED, subject, null,
                        Phrase.of("change.field.CHANGED", subject), details));
            }
        }
        List<Field> removed = oldFields.stream().filter(was -> !pairedOld.contains(was)).toList();
        for (Field was : removed) {
            String subject = now.name() + "." + was.name();
            changes.add(PlanChange.of(PlanArea.FIELD, ChangeKind.REMOVED, subject, null,
                    Phrase.of("change.field.REMOVED", subject), describe(was)));
        }
        List<Field> added = newFields.stream().filter(is -> !byNew.containsKey(is)).toList();
        Set<Field> offered = new HashSet<>();
        for (Field was : removed) {
            added.stream().filter(is -> !offered.contains(is) && fieldShape(is).equals(fieldShape(was))).findFirst()
                    .ifPresent(is -> {
                        offered.add(is);
                        possibleRenames.add(PossibleRename.of(PlanArea.FIELD, now.name() + "." + was.name(),
                                now.name() + "." + is.name(),
                                Phrase.of("change.possibleRename.field", now.name() + "." + is.name(), was.name()),
                                "rename field " + now.name() + "." + was.name() + " to " + is.name()));
                    });
        }
    }

    private void offerEntityRenames(List<Entity> removed, List<Entity> added) {
        Set<Entity> offered = new HashSet<>();
        for (Entity old : removed) {
            added.stream().filter(now -> !offered.contains(now) && entityShape(now).equals(entityShape(old))).findFirst()
                    .ifPresent(now -> {
                        offered.add(now);
                        possibleRenames.add(PossibleRename.of(PlanArea.ENTITY, old.name(), now.name(),
                                Phrase.of("change.possibleRename.entity", now.name(), old.name()),
                                "rename entity " + old.name() + " to " + now.name()));
                    });
        }
    }

    private void compareRelationships(List<Relationship> before, List<Relationship> after) {
        Map<String, Relationship> oldByKey = new LinkedHashMap<>();
        for (Relationship old : Words.list(before)) {
            oldByKey.putIfAbsent(key(entityNames.getOrDefault(old.from(), old.from()),
                    entityNames.getOrDefault(old.to(), old.to())), old);
        }
        Set<String> seen = new HashSet<>();
        for (Relationship now : Words.list(after)) {
            String key = key(now.from(), now.to());
            if (!seen.add(key)) {
                continue;
            }
            Relationship old = oldByKey.get(key);
            String subject = now.from() + " → " + now.to();
            if (old == null) {
                changes.add(PlanChange.of(PlanArea.RELATIONSHIP, ChangeKind.ADDED, subject, null,
                        Phrase.of("change.relationship.ADDED", now.from(), Words.term("relation", now.type()), now.to()),
                        List.of()));
                continue;
            }
            List<Phrase> details = new ArrayList<>();
            Words.changed(details, "type", Words.term("relation", old.type()), Words.term("relation", now.type()));
            Words.textChanged(details, "description", old.description(), now.description());
            if (!details.isEmpty()) {
                changes.add(PlanChange.of(PlanArea.RELATIONSHIP, ChangeKind.CHANGED, subject, null,
                        Phrase.of("change.relationship.CHANGED", subject), details));
            }
        }
        oldByKey.forEach((key, old) -> {
            if (!seen.contains(key)) {
                changes.add(PlanChange.of(PlanArea.RELATIONSHIP, ChangeKind.REMOVED, old.from() + " → " + old.to(), null,
                        Phrase.of("change.relationship.REMOVED", old.from(), old.to()),
                        old.type() == null ? List.of() : List.of(Words.term("relation", old.type()))));
            }
        });
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }

    static List<Phrase> describe(Field field) {
        List<Phrase> details = new ArrayList<>();
        details.add(Words.value(field.type()));
        if (field.required()) {
            details.add(Phrase.of("change.detail.required"));
        }
        if (Boolean.TRUE.equals(field.unique())) {
            details.add(Phrase.of("change.detail.unique"));
        }
        if (field.defaultValue() != null) {
            details.add(Phrase.of("change.detail.default", field.defaultValue()));
        }
        return details;
    }

    private static List<Phrase> fieldDifferences(Field was, Field is) {
        List<Phrase> details = new ArrayList<>();
        Words.changed(details, "type", was.type(), is.type());
        Words.flag(details, was.required(), is.required(), "nowRequired", "noLongerRequired");
        Words.flag(details, Boolean.TRUE.equals(was.unique()), Boolean.TRUE.equals(is.unique()), "nowUnique", "noLongerUnique");
        Words.changed(details, "default", was.defaultValue(), is.defaultValue());
        Words.textChanged(details, "description", was.description(), is.description());
        return details;
    }

    private static List<Phrase> fieldList(Entity entity) {
        return Words.list(entity.fields()).stream()
                .map(field -> Phrase.of("change.detail.fieldType", field.name(), field.type())).toList();
    }

    private static List<Object> fieldShape(Field field) {
        return List.of(lower(field.type()), field.required(), Boolean.TRUE.equals(field.unique()),
                Objects.toString(field.defaultValue(), ""));
    }

    private static Set<String> entityShape(Entity entity) {
        return Words.list(entity.fields()).stream()
                .map(field -> lower(field.name()) + ":" + lower(field.type()))
                .collect(Collectors.toSet());
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> byName(List<T> items, java.util.function.Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(name.apply(item), item));
        return map;
    }
}
