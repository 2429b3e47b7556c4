package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the plan's relationships into foreign keys and link tables. Endpoints are matched generously
 * ("users" finds the entity "User"); a relationship naming an unknown entity is reported and skipped.
 */
final class RelationsBuilder {

    private final Map<EntityNames, List<FieldModel>> fields;
    private final CoverageReport.Builder coverage;
    private final Map<EntityNames, List<Relations.BelongsTo>> belongsTo = new HashMap<>();
    private final Map<EntityNames, List<Relations.HasMany>> hasMany = new HashMap<>();
    private final Map<EntityNames, List<Relations.ManyToMany>> manyToMany = new HashMap<>();
    private final Map<EntityNames, Set<String>> properties = new HashMap<>();
    private final List<Relations.JoinTable> joinTables = new ArrayList<>();
    private final Set<String> tables = new HashSet<>();
    private final Set<String> constants = new HashSet<>();

    RelationsBuilder(Map<EntityNames, List<FieldModel>> fields, CoverageReport.Builder coverage) {
        this.fields = fields;
        this.coverage = coverage;
        fields.forEach((names, list) -> {
            tables.add(names.table());
            constants.add(names.plural());
            Set<String> taken = new HashSet<>();
            list.forEach(field -> taken.add(field.property().toLowerCase(Locale.ROOT)));
            properties.put(names, taken);
        });
    }

    void read(List<TechnicalPlan.Relationship> relationships, Map<TechnicalPlan.Entity, EntityNames> names) {
        Map<String, EntityNames> lookup = new LinkedHashMap<>();
        names.values().forEach(entity -> {
            lookup.putIfAbsent(entity.label().toLowerCase(Locale.ROOT), entity);
            lookup.putIfAbsent(key(entity.label()), entity);
            lookup.putIfAbsent(entity.plural().toLowerCase(Locale.ROOT), entity);
        });
        for (TechnicalPlan.Relationship relationship : relationships == null ? List.<TechnicalPlan.Relationship>of() : relationships) {
            if (relationship == null) {
                continue;
            }
            String subject = relationship.from() + " → " + relationship.to();
            EntityNames from = find(lookup, relationship.from());
            EntityNames to = find(lookup, relationship.to());
            if (from == null || to == null) {
                coverage.skipped("relationship", subject, "names an entity the data model does not have: "
                        + (from == null ? relationship.from() : relationship.to()));
            } else if (relationship.type() == null) {
                coverage.skipped("relationship", subject, Phrase.of("coverage.detail.relationshipType"));
            } else {
                switch (relationship.type()) {
                    case ONE_TO_MANY -> foreignKey(from, to, false, relationship.description(), subject);
                    case ONE_TO_ONE -> foreignKey(from, to, true, relationship.description(), subject);
                    case MANY_TO_MANY -> joinTable(from, to, subject);
                }
            }
        }
    }

    List<Relations.BelongsTo> belongsTo(EntityNames entity) {
        return belongsTo.getOrDefault(entity, List.of());
    }

    List<Relations.HasMany> hasMany(EntityNames entity) {
        return hasMany.getOrDefault(entity, List.of());
    }

    List<Relations.ManyToMany> manyToMany(EntityNames entity) {
        return manyToMany.getOrDefault(entity, List.of());
    }

    List<Relations.JoinTable> joinTables() {
        return joinTables;
    }

    /** {@code child} gets a foreign key to {@code parent}; a plan field already meant as that key gives way to it. */
    private void foreignKey(EntityNames parent, EntityNames child, boolean oneToOne, String description, String subject) {
        boolean self = parent.equals(child);
        // A record linked to itself could never be deleted, nor take its children with it: self links set null.
        boolean restrict = restricts(description) && !self;
        boolean cascade = !restrict && cascades(description) && !self;
        List<String> words = self ? new ArrayList<>(List.of(oneToOne ? "linked" : "parent")) : Naming.words(parent.variable());
        if (self && oneToOne) {
            words.addAll(Naming.words(parent.variable()));
        }
        String base = Naming.camel(words) + "Id";
        if (fields.get(child).removeIf(field -> field.property().equals(base)
                && (field.kind() == FieldType.UUID || field.kind() == FieldType.TEXT || field.kind() == FieldType.STRING))) {
            properties.get(child).remove(base.toLowerCase(Locale.ROOT));
            coverage.adapted("field", child.label() + "." + base, Phrase.of("coverage.detail.foreignKey", subject));
        }
        String property = unusedProperty(child, base);
        String column = Naming.sqlIdentifier(Naming.snake(Naming.words(property)));
        String label = self ? (oneToOne ? "Linked " : "Parent ") + parent.title() : parent.title();
        String parentDisplay = ModelBuilder.display(fields.get(parent));
        belongsTo.computeIfAbsent(child, key -> new ArrayList<>()).add(new Relations.BelongsTo(property, column, label,
                parent, parentDisplay, oneToOne,
                Naming.sqlIdentifier(child.table() + "_" + column + "_fkey"),
                Naming.sqlIdentifier(child.table() + "_" + column + "_idx"),
                oneToOne ? Naming.sqlIdentifier(child.table() + "_" + column + "_key") : null, cascade, restrict));
        String pascal = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        hasMany.computeIfAbsent(parent, key -> new ArrayList<>()).add(new Relations.HasMany(child, property, pascal,
                self ? (oneToOne ? "Linked from" : "Children") : child.labelPlural(), restrict));
        coverage.generated("relationship", subject, (oneToOne ? "one-to-one" : "one-to-many") + ": " + child.table()
                + "." + column + " references " + parent.table() + (cascade
                ? " (deleted with their " + parent.label() + ", as the plan says)"
                : restrict ? " (a " + parent.label() + " that still has them cannot be deleted, as the plan says)"
                : " (set to null when the " + parent.label() + " is deleted)"));
    }

    private void joinTable(EntityNames left, EntityNames right, String subject) {
        boolean self = left.equals(right);
        String table = Naming.sqlIdentifier(left.table() + "_" + right.table());
        for (int suffix = 2; tables.contains(table); suffix++) {
            table = Naming.sqlIdentifier(left.table() + "_" + right.table() + "_" + suffix);
        }
        tables.add(table);
        String constant = Naming.camel(Naming.words(table));
        for (int suffix = 2; constants.contains(constant); suffix++) {
            constant = Naming.camel(Naming.words(table)) + suffix;
        }
        constants.add(constant);
        String leftProperty = left.variable() + "Id";
        String rightProperty = (self ? "related" + right.type() : right.variable()) + "Id";
        String leftColumn = Naming.snake(Naming.words(leftProperty));
        String rightColumn = Naming.snake(Naming.words(rightProperty));
        String leftConstraint = Naming.sqlIdentifier(table + "_" + leftColumn + "_fkey");
        String rightConstraint = Naming.sqlIdentifier(table + "_" + rightColumn + "_fkey");
        joinTables.add(new Relations.JoinTable(constant, table, left, leftProperty, leftColumn, right, rightProperty,
                rightColumn, rightConstraint, leftConstraint, Naming.sqlIdentifier(table + "_" + rightColumn + "_idx")));

        String leftIds = unusedProperty(left, (self ? "related" + right.type() : right.variable()) + "Ids");
        manyToMany.computeIfAbsent(left, key -> new ArrayList<>()).add(new Relations.ManyToMany(leftIds,
                self ? "Related " + right.labelPlural() : right.labelPlural(), right, constant, leftProperty, rightProperty, rightConstraint));
        if (!self) {
            String rightIds = unusedProperty(right, left.variable() + "Ids");
            manyToMany.computeIfAbsent(right, key -> new ArrayList<>()).add(new Relations.ManyToMany(rightIds,
                    left.labelPlural(), left, constant, rightProperty,
                    leftProperty, leftConstraint));
        }
        coverage.generated("relationship", subject, "many-to-many: link table " + table
                + " (links go when either record is deleted)");
    }

    /** "Deleting a recipe deletes its ingredients", "cascade": the plan wants the children to go with their parent. */
    static boolean cascades(String description) {
        return description != null && CASCADE.matcher(description).find();
    }

    /** "A recipe cannot be deleted while it has ingredients", "restrict": deleting the parent is refused instead. */
    static boolean restricts(String description) {
        return description != null && RESTRICT.matcher(description).find();
    }

    private static final java.util.regex.Pattern RESTRICT = java.util.regex.Pattern.compile(
            "(?i)restrict|\\b(cannot|can ?not|can't|can’t|must not|mustn't|never|refus\\w*|prevent\\w*|block\\w*)\\b"
                    + "[^.;]*\\b(delet|remov)");

    private static final java.util.regex.Pattern CASCADE = java.util.regex.Pattern.compile(
            "(?i)cascad|\\b(delet|remov)\\w*\\b.*\\b(delet|remov|go|goes|gone|disappear)\\w*");

    private String unusedProperty(EntityNames entity, String base) {
        Set<String> taken = properties.get(entity);
        String property = base;
        for (int suffix = 2; taken.contains(property.toLowerCase(Locale.ROOT)); suffix++) {
            property = base + suffix;
        }
        taken.add(property.toLowerCase(Locale.ROOT));
        return property;
    }

    private static EntityNames find(Map<String, EntityNames> lookup, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        EntityNames exact = lookup.get(name.strip().toLowerCase(Locale.ROOT));
        if (exact != null) {
            return exact;
        }
        EntityNames normalized = lookup.get(key(name));
        if (normalized != null) {
            return normalized;
        }
        // "users" for the entity "User": compare with the plural of every known name.
        return lookup.get(Naming.camel(Naming.words(name)).toLowerCase(Locale.ROOT));
    }

    private static String key(String name) {
        return "#" + Naming.camel(Naming.words(name)).toLowerCase(Locale.ROOT);
    }
}
