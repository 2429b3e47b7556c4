package dev.truecoding.generation.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One plan entity ready for the templates: its names, its fields and its relationships from its own side.
 * {@code display} is the property that names a record in lists and selects ("id" when none fits).
 */
public record EntityModel(
        EntityNames names,
        String description,
        List<FieldModel> fields,
        List<Relations.BelongsTo> belongsTo,
        List<Relations.HasMany> hasMany,
        List<Relations.ManyToMany> manyToMany,
        String display,
        Access access,
        List<CustomEndpoints.Transition> transitions,
        List<CustomEndpoints.Nested> nested,
        boolean mine) {

    public String label() {
        return names.label();
    }

    public String labelJs() {
        return Js.string(names.title());
    }

    public String labelPluralJs() {
        return Js.string(names.labelPlural());
    }

    public String descriptionJs() {
        return Js.string(description);
    }

    public String type() {
        return names.type();
    }

    public String variable() {
        return names.variable();
    }

    public String plural() {
        return names.plural();
    }

    public String table() {
        return names.table();
    }

    public String route() {
        return names.route();
    }

    public String fileName() {
        return names.fileName();
    }

    /** Fields shown as columns of the list page and offered as sort keys. */
    public List<FieldModel> listFields() {
        return fields.stream().filter(FieldModel::listable).limit(5).toList();
    }

    /** Properties a list may be sorted by, as a TypeScript array. */
    public List<String> sortable() {
        return Stream.concat(fields.stream().filter(FieldModel::listable).map(FieldModel::property),
                Stream.of("createdAt", "updatedAt")).toList();
    }

    /** The index lists are sorted by when nothing else is asked: newest first. */
    public String createdIndex() {
        return Naming.sqlIdentifier(table() + "_created_at_idx");
    }

    /** The index on account_id of the entity that stands for the signed-in person. */
    public String accountIndex() {
        return Naming.sqlIdentifier(table() + "_account_id_idx");
    }

    /** Text fields ?q= searches (case-insensitive, anywhere in the text). */
    public List<FieldModel> searchFields() {
        return fields.stream().filter(field -> field.kind() == FieldType.STRING || field.kind() == FieldType.TEXT
                || field.kind() == FieldType.EMAIL || field.kind() == FieldType.URL).toList();
    }

    /** The search condition of a list: {@code or(ilike(posts.title, pattern), ilike(posts.body, pattern))}. */
    public String searchConditionJs() {
        return "or(" + String.join(", ", searchFields().stream()
                .map(field -> "ilike(" + plural() + "." + field.property() + ", pattern)").toList()) + ")";
    }

    public boolean hasSearch() {
        return !searchFields().isEmpty();
    }

    /** The search box's hint, in the app's words ({@code src/lib/words.ts}): "Search title, body…". */
    public String searchHintJs() {
        return "words.searchIn(" + Js.string(String.join(", ", searchFields().stream().limit(3)
                .map(field -> Naming.humanLabel(field.label()).toLowerCase(java.util.Locale.ROOT)).toList())
                + (searchFields().size() > 3 ? "…" : "")) + ")";
    }

    /** Enum fields a list may be filtered by (?status=draft). */
    public List<FieldModel> enumFilters() {
        return fields.stream().filter(field -> field.kind() == FieldType.ENUM).toList();
    }

    public boolean hasBelongsTo() {
        return !belongsTo.isEmpty();
    }

    /** The field a test searches for: the first text field. */
    public FieldModel firstSearchField() {
        return searchFields().stream().findFirst().orElse(null);
    }

    /** Whether a list takes equality filters (enum fields and the ids of related records). */
    public boolean hasFilters() {
        return !enumFilters().isEmpty() || !belongsTo.isEmpty();
    }

    /** Every filter a list takes, as a TypeScript array of names. */
    public String filterableJs() {
        return Js.array(Stream.concat(enumFilters().stream().map(FieldModel::property),
                belongsTo.stream().map(Relations.BelongsTo::property)).toList());
    }

    /** Whether the plan gave this entity routes beyond CRUD: transitions, children under it, /api/me/…. */
    public boolean hasCustomRoutes() {
        return mine || !transitions.isEmpty() || !nested.isEmpty();
    }

    /** Whether records carry many-to-many ids besides their row. */
    public boolean hasLinks() {
        return !manyToMany.isEmpty();
    }

    /** Whether an entity's form needs the records of other entities to pick from. */
    public boolean hasPickers() {
        return !formBelongsTo().isEmpty() || !manyToMany.isEmpty();
    }

    /**
     * The foreign keys the form offers to pick: all but the one to the signed-in person when creating needs a
     * session, since the app sets that one itself.
     */
    public List<Relations.BelongsTo> formBelongsTo() {
        if (!access.owned() || !access.create()) {
            return belongsTo;
        }
        return belongsTo.stream().filter(relation -> !relation.property().equals(access.owner().property())).toList();
    }

    /** Whether records of other entities keep this one from being deleted while they point at it. */
    public boolean hasRestrictingChildren() {
        return hasMany.stream().anyMatch(Relations.HasMany::restrict);
    }

    /** What a refused delete answers: "This recipe still has ingredients: delete them first". */
    public String restrictMessageJs() {
        return Js.string("This " + names.title().toLowerCase(java.util.Locale.ROOT) + " still has "
                + String.join(" or ", hasMany.stream().filter(Relations.HasMany::restrict)
                .map(relation -> relation.label().toLowerCase(java.util.Locale.ROOT)).distinct().toList())
                + ": delete them first");
    }

    /** Entities this one keeps from being deleted (its tests delete them), each once. */
    public List<EntityNames> restrictedTargets() {
        return belongsTo.stream().filter(Relations.BelongsTo::restrict).map(Relations.BelongsTo::target).distinct().toList();
    }

    /** Fields shown as columns besides the one that names the record. */
    public List<FieldModel> columnFields() {
        return listFields().stream().filter(field -> !field.property().equals(display)).toList();
    }

    /** No field names the records: pages show the start of the id ("Repair job 7d57fe60") rather than all of it. */
    public boolean displayIsId() {
        return display.equals("id");
    }

    public String displayLabelJs() {
        return fields.stream().filter(field -> field.property().equals(display)).findFirst()
                .map(FieldModel::labelJs).orElse(Js.string("Id"));
    }

    /** Entities whose records the form offers to pick, each once. */
    public List<EntityNames> pickerEntities() {
        return Stream.concat(formBelongsTo().stream().map(Relations.BelongsTo::target),
                manyToMany.stream().map(Relations.ManyToMany::target)).distinct().toList();
    }

    /** The server functions the detail page calls, one import line per module, sorted so output is stable. */
    public List<ImportLine> detailImports() {
        Map<String, Set<String>> modules = new TreeMap<>();
        modules.computeIfAbsent(fileName(), key -> new TreeSet<>()).add("get" + type());
        belongsTo.forEach(relation -> modules.computeIfAbsent(relation.target().fileName(), key -> new TreeSet<>())
                .add("get" + relation.target().type()));
        hasMany.forEach(relation -> modules.computeIfAbsent(relation.child().fileName(), key -> new TreeSet<>())
                .add("list" + relation.child().type() + "By" + relation.childPropertyPascal()));
        manyToMany.forEach(relation -> modules.computeIfAbsent(relation.target().fileName(), key -> new TreeSet<>())
                .add("list" + relation.target().type() + "Options"));
        return modules.entrySet().stream()
                .map(entry -> new ImportLine(String.join(", ", entry.getValue()), "@/server/" + entry.getKey()))
                .toList();
    }

    /** {@code import { names } from "module";} */
    public record ImportLine(String names, String module) {
    }

    /** Entities whose API the tests call besides this one's, each once. */
    public List<EntityNames> otherRelatedEntities() {
        return Stream.concat(belongsTo.stream().map(Relations.BelongsTo::target),
                manyToMany.stream().map(Relations.ManyToMany::target)).distinct()
                .filter(other -> !other.equals(names)).toList();
    }

    /** A field the plan requires and that has no default: leaving it out must give a 400. */
    public FieldModel requiredField() {
        return fields.stream().filter(field -> field.required() && !field.hasDefault()).findFirst().orElse(null);
    }

    public FieldModel firstUniqueField() {
        return fields.stream().filter(FieldModel::unique).findFirst().orElse(null);
    }

    /** The field whose value the tests break to see a 400: any type but JSON refuses an object. */
    public FieldModel invalidField() {
        return fields.stream().filter(field -> field.kind() != FieldType.JSON).findFirst().orElse(null);
    }
}
