package dev.truecoding.generation.model;

import java.util.List;
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
        String display) {

    public String label() {
        return names.label();
    }

    public String labelJs() {
        return Js.string(names.label());
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

    public boolean hasUniqueFields() {
        return fields.stream().anyMatch(FieldModel::unique);
    }

    /** Whether an entity's form needs the records of other entities to pick from. */
    public boolean hasPickers() {
        return !belongsTo.isEmpty() || !manyToMany.isEmpty();
    }

    /** The field whose value the tests break to see a 400: any type but JSON refuses an object. */
    public FieldModel invalidField() {
        return fields.stream().filter(field -> field.kind() != FieldType.JSON).findFirst().orElse(null);
    }
}
