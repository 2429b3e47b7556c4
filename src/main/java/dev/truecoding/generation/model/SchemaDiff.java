package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a new version of the plan changes in the database, compared by SQL names with the version the app was
 * last generated from. Only additions are applied: new tables, columns, foreign keys and link tables. Nothing is
 * dropped or retyped; what the new plan no longer has stays in the database and is listed in {@code notes}.
 * A column the app no longer fills (its field was removed or made optional) loses NOT NULL, so inserts keep
 * working; its data stays. Everything is read in model order, so the same two models give the same diff.
 */
public record SchemaDiff(
        List<EntityModel> newTables,
        List<AddedColumn> addedColumns,
        List<AddedKeyColumn> addedKeyColumns,
        List<ForeignKey> newForeignKeys,
        List<Relations.JoinTable> newJoinTables,
        List<RelaxedColumn> relaxedColumns,
        List<CoverageReport.Item> notes) {

    static final String KEPT = "kept in the database; remove it by hand if you mean it";

    /** A plan field new on a table that already exists; {@code notNull} only when a default fills existing rows. */
    public record AddedColumn(String table, FieldModel field, boolean notNull) {
    }

    /** The foreign-key column of a new relationship on a table that already exists. */
    public record AddedKeyColumn(String table, Relations.BelongsTo key) {
    }

    /** The constraint and index of a new one-to-many or one-to-one relationship. */
    public record ForeignKey(String table, Relations.BelongsTo key) {
    }

    /** A NOT NULL column the new plan no longer requires. */
    public record RelaxedColumn(String table, String column) {
    }

    public SchemaDiff {
        newTables = List.copyOf(newTables);
        addedColumns = List.copyOf(addedColumns);
        addedKeyColumns = List.copyOf(addedKeyColumns);
        newForeignKeys = List.copyOf(newForeignKeys);
        newJoinTables = List.copyOf(newJoinTables);
        relaxedColumns = List.copyOf(relaxedColumns);
        notes = List.copyOf(notes);
    }

    /** Whether a migration file is needed. */
    public boolean changesSchema() {
        return !newTables.isEmpty() || !addedColumns.isEmpty() || !addedKeyColumns.isEmpty()
                || !newForeignKeys.isEmpty() || !newJoinTables.isEmpty() || !relaxedColumns.isEmpty();
    }

    public static SchemaDiff between(AppModel previous, AppModel current) {
        List<EntityModel> newTables = new ArrayList<>();
        List<AddedColumn> addedColumns = new ArrayList<>();
        List<AddedKeyColumn> addedKeyColumns = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<RelaxedColumn> relaxed = new ArrayList<>();
        List<CoverageReport.Item> notes = new ArrayList<>();

        Map<String, EntityModel> before = new LinkedHashMap<>();
        previous.entities().forEach(entity -> before.put(entity.table(), entity));
        Map<String, EntityModel> after = new LinkedHashMap<>();
        current.entities().forEach(entity -> after.put(entity.table(), entity));

        for (EntityModel entity : current.entities()) {
            EntityModel old = before.get(entity.table());
            if (old == null) {
                newTables.add(entity);
                entity.belongsTo().forEach(key -> foreignKeys.add(new ForeignKey(entity.table(), key)));
                continue;
            }
            Map<String, Column> oldColumns = columns(old);
            Map<String, Column> newColumns = columns(entity);
            for (FieldModel field : entity.fields()) {
                String subject = entity.table() + "." + field.column();
                Column was = oldColumns.get(field.column());
                if (was == null) {
                    boolean notNull = field.required() && field.hasDefault();
                    addedColumns.add(new AddedColumn(entity.table(), field, notNull));
                    if (field.required() && !field.hasDefault()) {
                        notes.add(adapted(subject, "new required field added as a nullable column: the "
                                + old.names().labelPlural() + " already stored have no value for it"));
                    }
                } else {
                    Column now = newColumns.get(field.column());
                    if (!now.type().equals(was.type())) {
                        notes.add(notApplied(subject, "type changed from " + was.type() + " to " + now.type()
                                + ": not applied, the column keeps its type (" + KEPT + ")"));
                    }
                    if (was.notNull() && !now.notNull()) {
                        relaxed.add(new RelaxedColumn(entity.table(), field.column()));
                    } else if (!was.notNull() && now.notNull()) {
                        notes.add(notApplied(subject, "now required: not applied, stored records may lack a value"));
                    }
                    if (was.unique() != now.unique()) {
                        notes.add(notApplied(subject, (now.unique() ? "now unique" : "no longer unique")
                                + ": not applied, the column keeps its constraint"));
                    }
                    if (!Objects.equals(was.sqlDefault(), now.sqlDefault())) {
                        notes.add(notApplied(subject, "default changed: not applied, the column keeps its default"));
                    }
                }
            }
            for (Relations.BelongsTo key : entity.belongsTo()) {
                Column was = oldColumns.get(key.column());
                if (was == null) {
                    addedKeyColumns.add(new AddedKeyColumn(entity.table(), key));
                    foreignKeys.add(new ForeignKey(entity.table(), key));
                } else if (!was.type().equals("uuid") || !Objects.equals(was.references(), key.target().table())) {
                    notes.add(notApplied(entity.table() + "." + key.column(), "now references " + key.target().table()
                            + ": not applied, the column was already there (" + KEPT + ")"));
                }
            }
            oldColumns.forEach((column, was) -> {
                if (!newColumns.containsKey(column)) {
                    if (was.notNull()) {
                        relaxed.add(new RelaxedColumn(entity.table(), column));
                    }
                    notes.add(notApplied(entity.table() + "." + column, "no longer in the plan: "
                            + (was.references() != null ? "the relationship's foreign key is " : "the column is ")
                            + KEPT + (was.notNull() ? " (it may now be empty: NOT NULL was lifted)" : "")));
                }
            });
        }
        before.keySet().stream().filter(table -> !after.containsKey(table))
                .forEach(table -> notes.add(notApplied(table, "entity no longer in the plan: its table is " + KEPT)));

        Map<String, Relations.JoinTable> oldJoins = new LinkedHashMap<>();
        previous.joinTables().forEach(join -> oldJoins.put(join.table(), join));
        List<Relations.JoinTable> newJoins = new ArrayList<>();
        for (Relations.JoinTable join : current.joinTables()) {
            Relations.JoinTable old = oldJoins.get(join.table());
            if (old == null) {
                newJoins.add(join);
            } else if (!old.leftColumn().equals(join.leftColumn()) || !old.rightColumn().equals(join.rightColumn())
                    || !old.left().table().equals(join.left().table()) || !old.right().table().equals(join.right().table())) {
                notes.add(notApplied(join.table(), "link table changed: not applied, it keeps its columns (" + KEPT + ")"));
            }
        }
        Map<String, Relations.JoinTable> currentJoins = new LinkedHashMap<>();
        current.joinTables().forEach(join -> currentJoins.put(join.table(), join));
        oldJoins.keySet().stream().filter(table -> !currentJoins.containsKey(table))
                .forEach(table -> notes.add(notApplied(table, "many-to-many relationship no longer in the plan: its link table is " + KEPT)));
        return new SchemaDiff(newTables, addedColumns, addedKeyColumns, foreignKeys, newJoins, relaxed, notes);
    }

    /** What the database knows of a column: type (with its CHECK), NOT NULL, UNIQUE, default, referenced table. */
    private record Column(String type, boolean notNull, boolean unique, String sqlDefault, String references) {
    }

    private static Map<String, Column> columns(EntityModel entity) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (FieldModel field : entity.fields()) {
            String type = field.enumCheck() == null ? field.sqlType() : field.sqlType() + " IN (" + field.enumCheck() + ")";
            columns.put(field.column(), new Column(type, field.required(), field.unique(), field.sqlDefault(), null));
        }
        for (Relations.BelongsTo key : entity.belongsTo()) {
            columns.put(key.column(), new Column("uuid", false, key.oneToOne(), null, key.target().table()));
        }
        return columns;
    }

    private static CoverageReport.Item adapted(String subject, String detail) {
        return new CoverageReport.Item("database", subject, CoverageReport.Status.ADAPTED, detail);
    }

    private static CoverageReport.Item notApplied(String subject, String detail) {
        return new CoverageReport.Item("database", subject, CoverageReport.Status.NOT_IMPLEMENTED, detail);
    }
}
