package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a proposal changes in the live plan, in short sentences in the person's language. It is the gist, not the
 * diff: the change module shows every change (pages, endpoints, JSON Patch) and what it does to the live data.
 */
final class ProposalSummary {

    private ProposalSummary() {
    }

    static List<String> sentences(TechnicalPlan live, TechnicalPlan proposal, Renames renames, Replies r) {
        Map<String, Entity> before = byName(live);
        Map<String, Entity> after = byName(proposal);
        Map<String, String> renamedTo = new LinkedHashMap<>();
        renames.entities().forEach(rename -> renamedTo.put(rename.from(), rename.to()));
        List<String> out = new ArrayList<>();
        for (Renames.EntityRename rename : renames.entities()) {
            out.add(r.text("proposal.entityRenamed", rename.from(), rename.to()));
        }
        for (Entity entity : after.values()) {
            if (!before.containsKey(entity.name()) && !renamedTo.containsValue(entity.name())) {
                out.add(r.text("proposal.entityAdded", entity.name(), PlanEditor.fieldList(entity)));
            }
        }
        for (Entity entity : before.values()) {
            if (!after.containsKey(entity.name()) && !renamedTo.containsKey(entity.name())) {
                out.add(r.text("proposal.entityRemoved", entity.name()));
            }
        }
        for (Entity old : before.values()) {
            Entity now = after.get(renamedTo.getOrDefault(old.name(), old.name()));
            if (now != null) {
                fields(old, now, renames, r, out);
            }
        }
        relationships(live, proposal, renamedTo, r, out);
        variables(live, proposal, r, out);
        return out;
    }

    private static void fields(Entity old, Entity now, Renames renames, Replies r, List<String> out) {
        Map<String, Field> before = fieldsByName(old);
        Map<String, Field> after = fieldsByName(now);
        Map<String, String> renamedTo = new LinkedHashMap<>();
        for (Renames.FieldRename rename : renames.fields()) {
            if (rename.entity().equals(now.name()) || rename.entity().equals(old.name())) {
                renamedTo.put(rename.from(), rename.to());
                out.add(r.text("proposal.fieldRenamed", now.name(), rename.from(), rename.to()));
            }
        }
        for (Field field : after.values()) {
            Field was = before.get(field.name());
            if (was == null && !renamedTo.containsValue(field.name())) {
                out.add(r.text("proposal.fieldAdded", PlanEditor.notation(field), now.name()));
            } else if (was != null && !sameShape(was, field)) {
                out.add(r.text("proposal.fieldChanged", field.name(), now.name(), PlanEditor.notation(field)));
            }
        }
        for (Field field : before.values()) {
            if (!after.containsKey(field.name()) && !renamedTo.containsKey(field.name())) {
                out.add(r.text("proposal.fieldRemoved", field.name(), now.name()));
            }
        }
    }

    private static boolean sameShape(Field a, Field b) {
        return Objects.equals(a.type(), b.type()) && a.required() == b.required()
                && Objects.equals(Boolean.TRUE.equals(a.unique()), Boolean.TRUE.equals(b.unique()))
                && Objects.equals(a.defaultValue(), b.defaultValue());
    }

    private static void relationships(TechnicalPlan live, TechnicalPlan proposal, Map<String, String> renamedTo,
                                      Replies r, List<String> out) {
        List<String> before = new ArrayList<>();
        for (Relationship relationship : relationshipsOf(live)) {
            before.add(key(renamedTo.getOrDefault(relationship.from(), relationship.from()),
                    renamedTo.getOrDefault(relationship.to(), relationship.to()), relationship));
        }
        List<String> after = new ArrayList<>();
        for (Relationship relationship : relationshipsOf(proposal)) {
            String key = key(relationship.from(), relationship.to(), relationship);
            after.add(key);
            if (!before.contains(key)) {
                out.add(r.text("proposal.related", PlanEditor.describe(relationship.from(), relationship.to(), relationship.type())));
            }
        }
        for (Relationship relationship : relationshipsOf(live)) {
            String from = renamedTo.getOrDefault(relationship.from(), relationship.from());
            String to = renamedTo.getOrDefault(relationship.to(), relationship.to());
            if (!after.contains(key(from, to, relationship))) {
                out.add(r.text("proposal.unrelated", from, to));
            }
        }
    }

    private static String key(String from, String to, Relationship relationship) {
        return from + "|" + to + "|" + relationship.type();
    }

    private static void variables(TechnicalPlan live, TechnicalPlan proposal, Replies r, List<String> out) {
        List<String> before = variablesOf(live);
        List<String> after = variablesOf(proposal);
        after.stream().filter(name -> !before.contains(name)).forEach(name -> out.add(r.text("proposal.envAdded", name)));
        before.stream().filter(name -> !after.contains(name)).forEach(name -> out.add(r.text("proposal.envRemoved", name)));
    }

    private static Map<String, Entity> byName(TechnicalPlan plan) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        if (plan.dataModel() != null && plan.dataModel().entities() != null) {
            plan.dataModel().entities().stream().filter(e -> e != null && e.name() != null)
                    .forEach(e -> entities.putIfAbsent(e.name(), e));
        }
        return entities;
    }

    private static Map<String, Field> fieldsByName(Entity entity) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (entity.fields() != null) {
            entity.fields().stream().filter(f -> f != null && f.name() != null && f.type() != null)
                    .forEach(f -> fields.putIfAbsent(f.name(), f));
        }
        return fields;
    }

    private static List<Relationship> relationshipsOf(TechnicalPlan plan) {
        if (plan.dataModel() == null || plan.dataModel().relationships() == null) {
            return List.of();
        }
        return plan.dataModel().relationships().stream()
                .filter(x -> x != null && x.from() != null && x.to() != null && x.type() != null).toList();
    }

    private static List<String> variablesOf(TechnicalPlan plan) {
        if (plan.environment() == null || plan.environment().variables() == null) {
            return List.of();
        }
        return plan.environment().variables().stream().filter(v -> v != null && v.name() != null)
                .map(EnvVariable::name).toList();
    }
}
