package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.Renames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new version of the plan changes in the database, compared with the version the app was last generated
 * from. Each table, column and link table of the new model continues the previous one a declared rename names,
 * else the one of the same SQL name ({@link Pairing}); a rename moves the table or column, its rows kept, with the
 * constraints and indexes named after it (schema-wide index names would otherwise clash with a later table of the
 * old name). Additions are always applied: new tables, columns, foreign keys and link tables.
 *
 * <p>Without {@code dropRemoved} nothing is dropped or retyped: what the new plan no longer has stays in the
 * database and is listed in {@code notes}, and a column the app no longer fills loses NOT NULL so inserts keep
 * working. With it (the owner confirmed the loss): removed tables, link tables and columns are dropped; a changed
 * type is converted where every value that reads as the new type can be ({@link Conversion}), the others taking the
 * new default or NULL (an enum's values and dates are never converted: listed instead); a changed default is set;
 * a field made required gets NOT NULL only when it has a default, which first fills the records stored without a
 * value: without a default the column stays nullable (the app still requires a value for new and edited records),
 * because no value can be made up for the records already there. Uniqueness and delete rules are never changed.
 *
 * <p>Statements come out in an order that always applies: drops (under the old names), renames (chains and
 * swaps through a temporary name), relaxed NOT NULLs, conversions, backfills, then additions. Everything is read
 * in model order, so the same inputs give the same diff. A version that turns sign-in on creates its tables
 * (as the first migration of an app with sign-in does) and links the entity that stands for the person to them.
 */
public record SchemaDiff(
        List<String> droppedTables,
        List<DroppedColumn> droppedColumns,
        List<Rename> renamedTables,
        List<Rename> renamedColumns,
        List<Rename> renamedConstraints,
        List<RelaxedColumn> relaxedColumns,
        List<RetypedColumn> retypedColumns,
        List<NewDefault> newDefaults,
        List<RequiredColumn> requiredColumns,
        List<EntityModel> newTables,
        List<AddedColumn> addedColumns,
        List<AddedKeyColumn> addedKeyColumns,
        List<ForeignKey> newForeignKeys,
        List<Relations.JoinTable> newJoinTables,
        boolean addsSignIn,
        List<AccountColumn> accountColumns,
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

    /** A NOT NULL column the new plan no longer requires (or one about to be converted with no default). */
    public record RelaxedColumn(String table, String column) {
    }

    /** A column of a removed field or relationship, dropped as confirmed; {@code table} is its previous name. */
    public record DroppedColumn(String table, String column) {
    }

    /**
     * A table ({@code table} null), a column of {@code table}, a foreign-key constraint of {@code table}, or an
     * index ({@code index} true; primary keys and UNIQUE constraints too, renamed with their index, and only if
     * there: a constraint the plan asked for but an earlier version could not apply is not) that takes a new name.
     */
    public record Rename(String table, String from, String to, boolean index) {
    }

    /** A column converted to {@code sqlType}; its previous default is dropped first, the new one set after. */
    public record RetypedColumn(String table, String column, String sqlType, String using, String sqlDefault) {
    }

    /** A column whose default changes (null: it has none any more), as a confirmed change asks. */
    public record NewDefault(String table, String column, String sqlDefault) {
    }

    /**
     * The {@code account_id} column (and its index) of a table whose entity now stands for the signed-in person.
     */
    public record AccountColumn(String table, String index) {
    }

    /** A column made NOT NULL once {@code sqlDefault} has filled the rows stored without a value. */
    public record RequiredColumn(String table, String column, String sqlDefault) {
    }

    public SchemaDiff {
        droppedTables = List.copyOf(droppedTables);
        droppedColumns = List.copyOf(droppedColumns);
        renamedTables = List.copyOf(renamedTables);
        renamedColumns = List.copyOf(renamedColumns);
        renamedConstraints = List.copyOf(renamedConstraints);
        relaxedColumns = List.copyOf(relaxedColumns);
        retypedColumns = List.copyOf(retypedColumns);
        newDefaults = List.copyOf(newDefaults);
        requiredColumns = List.copyOf(requiredColumns);
        newTables = List.copyOf(newTables);
        addedColumns = List.copyOf(addedColumns);
        addedKeyColumns = List.copyOf(addedKeyColumns);
        newForeignKeys = List.copyOf(newForeignKeys);
        newJoinTables = List.copyOf(newJoinTables);
        accountColumns = List.copyOf(accountColumns);
        notes = List.copyOf(notes);
    }

    /** Whether a migration file is needed. */
    public boolean changesSchema() {
        return !droppedTables.isEmpty() || !droppedColumns.isEmpty() || !renamedTables.isEmpty()
                || !renamedColumns.isEmpty() || !renamedConstraints.isEmpty() || !relaxedColumns.isEmpty()
                || !retypedColumns.isEmpty() || !newDefaults.isEmpty() || !requiredColumns.isEmpty() || !newTables.isEmpty()
                || !addedColumns.isEmpty() || !addedKeyColumns.isEmpty() || !newForeignKeys.isEmpty()
                || !newJoinTables.isEmpty() || addsSignIn || !accountColumns.isEmpty();
    }

    /** Whether stored values go: a table or column dropped, or values a conversion could not keep. */
    public boolean dropsData() {
        return !droppedTables.isEmpty() || !droppedColumns.isEmpty() || !retypedColumns.isEmpty();
    }

    /** Additions only, nothing renamed (a changed name is a removal and an addition), nothing dropped. */
    public static SchemaDiff between(AppModel previous, AppModel current) {
        return between(previous, current, Renames.NONE, false);
    }

    public static SchemaDiff between(AppModel previous, AppModel current, Renames renames, boolean dropRemoved) {
        return new Builder(previous, current, renames, dropRemoved).build();
    }

    private static final class Builder {
        private final AppModel previous;
        private final AppModel current;
        private final boolean drop;
        private final Pairing pairing;

        private final List<String> droppedTables = new ArrayList<>();
        private final List<DroppedColumn> droppedColumns = new ArrayList<>();
        private final List<Rename> tableRenames = new ArrayList<>();
        private final List<Rename> columnRenames = new ArrayList<>();
        private final List<Rename> objectRenames = new ArrayList<>();
        private final List<RelaxedColumn> relaxed = new ArrayList<>();
        private final List<RetypedColumn> retyped = new ArrayList<>();
        private final List<NewDefault> defaults = new ArrayList<>();
        private final List<RequiredColumn> required = new ArrayList<>();
        private final List<EntityModel> newTables = new ArrayList<>();
        private final List<AddedColumn> addedColumns = new ArrayList<>();
        private final List<AddedKeyColumn> addedKeyColumns = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Relations.JoinTable> newJoins = new ArrayList<>();
        private final List<AccountColumn> accountColumns = new ArrayList<>();
        private final List<CoverageReport.Item> notes = new ArrayList<>();

        Builder(AppModel previous, AppModel current, Renames renames, boolean dropRemoved) {
            this.previous = previous;
            this.current = current;
            this.drop = dropRemoved;
            this.pairing = new Pairing(previous, current, renames == null ? Renames.NONE : renames);
        }

        SchemaDiff build() {
            for (EntityModel entity : current.entities()) {
                EntityModel old = pairing.previous(entity);
                if (old == null) {
                    newTables.add(entity);
                    entity.belongsTo().forEach(key -> foreignKeys.add(new ForeignKey(entity.table(), key)));
                } else {
                    table(old, entity);
                }
            }
            List<String> removedTables = new ArrayList<>();
            for (EntityModel old : previous.entities()) {
                if (!pairing.continued(old)) {
                    removed(removedTables, old.table(), "entity no longer in the plan: its table is " + KEPT);
                }
            }
            joinTables();
            droppedTables.addAll(removedTables);

            Set<String> tables = new HashSet<>();
            previous.entities().forEach(entity -> tables.add(entity.table()));
            previous.joinTables().forEach(join -> tables.add(join.table()));
            droppedTables.forEach(tables::remove);
            List<Rename> orderedTables = ordered(tableRenames, tables, "table");
            List<Rename> orderedObjects = ordered(objectRenames, names(objectRenames), "constraint or index");
            return new SchemaDiff(droppedTables, droppedColumns, orderedTables, columnRenames, orderedObjects, relaxed,
                    retyped, defaults, required, newTables, addedColumns, addedKeyColumns, foreignKeys, newJoins,
                    previous.signIn() == null && current.signIn() != null, accountColumns, notes);
        }

        /** A table the new plan keeps (maybe under a new name): its columns, keys and what it no longer has. */
        private void table(EntityModel old, EntityModel entity) {
            String table = entity.table();
            if (!old.table().equals(table)) {
                tableRenames.add(new Rename(null, old.table(), table, false));
                objectRenames.add(new Rename(null, primaryKey(old.table()), primaryKey(table), true));
                objectRenames.add(new Rename(null, old.createdIndex(), entity.createdIndex(), true));
                if (old.access().self() && entity.access().self()) {
                    objectRenames.add(new Rename(null, old.accountIndex(), entity.accountIndex(), true));
                }
                notes.add(item(CoverageReport.Status.GENERATED, table, "renamed from " + old.table()
                        + ": its rows are kept"));
            }
            if (entity.access().self() && !old.access().self()) {
                accountColumns.add(new AccountColumn(table, entity.accountIndex()));
            }
            Map<String, Column> oldColumns = columns(old);
            Map<String, Column> newColumns = columns(entity);
            Set<String> continued = new HashSet<>();
            List<Rename> renames = new ArrayList<>();
            for (FieldModel field : entity.fields()) {
                String was = pairing.previousColumn(entity, field);
                if (was == null && oldColumns.containsKey(field.column())
                        && oldColumns.get(field.column()).references() != null) {
                    // A foreign key of this name is there (a field renamed away frees its name before additions).
                    notes.add(notApplied(table + "." + field.column(), "a foreign key of this name is still there: "
                            + "not added (" + KEPT + ")"));
                    continue;
                }
                if (was == null) {
                    added(entity, old, field);
                    continue;
                }
                continued.add(was);
                FieldModel oldField = old.fields().stream().filter(candidate -> candidate.column().equals(was))
                        .findFirst().orElseThrow();
                if (!was.equals(field.column())) {
                    renames.add(new Rename(table, was, field.column(), false));
                    notes.add(item(CoverageReport.Status.GENERATED, table + "." + field.column(),
                            "renamed from " + was + ": its values are kept"));
                }
                if (oldField.unique()) {
                    // Kept even when the field is no longer unique (that is not applied): renamed all the same.
                    String constraint = Naming.sqlIdentifier(table + "_" + field.column() + "_key");
                    objectRenames.add(new Rename(null, oldField.uniqueConstraint(), constraint, true));
                }
                changed(table, field, oldField, oldColumns.get(was), newColumns.get(field.column()));
            }
            for (Relations.BelongsTo key : entity.belongsTo()) {
                Relations.BelongsTo was = pairing.previousKey(entity, key);
                if (was == null) {
                    if (oldColumns.containsKey(key.column()) && !continued.contains(key.column())) {
                        continued.add(key.column());
                        notes.add(notApplied(table + "." + key.column(), "now references " + key.target().table()
                                + ": not applied, the column was already there (" + KEPT + ")"));
                    } else {
                        addedKeyColumns.add(new AddedKeyColumn(table, key));
                        foreignKeys.add(new ForeignKey(table, key));
                    }
                    continue;
                }
                continued.add(was.column());
                if (!was.onDeleteSql().equals(key.onDeleteSql())) {
                    notes.add(notApplied(table + "." + key.column(), "on delete now " + key.onDeleteSql()
                            + ": not applied, the foreign key keeps ON DELETE " + was.onDeleteSql()));
                }
                if (!was.column().equals(key.column())) {
                    renames.add(new Rename(table, was.column(), key.column(), false));
                    notes.add(item(CoverageReport.Status.GENERATED, table + "." + key.column(),
                            "renamed from " + was.column() + ": its links are kept"));
                }
                objectRenames.add(new Rename(table, was.constraint(), key.constraint(), false));
                objectRenames.add(new Rename(null, was.index(), key.index(), true));
                if (was.oneToOne()) {
                    objectRenames.add(new Rename(null, was.uniqueConstraint(), key.uniqueConstraint(), true));
                }
            }
            Set<String> columnsLeft = new HashSet<>(oldColumns.keySet());
            oldColumns.forEach((column, was) -> {
                if (continued.contains(column)) {
                    return;
                }
                if (drop) {
                    droppedColumns.add(new DroppedColumn(old.table(), column));
                    columnsLeft.remove(column);
                    notes.add(item(CoverageReport.Status.GENERATED, old.table() + "." + column,
                            "no longer in the plan: dropped, as the change confirmed"));
                    return;
                }
                if (was.notNull()) {
                    relaxed.add(new RelaxedColumn(table, column));
                }
                notes.add(notApplied(table + "." + column, "no longer in the plan: "
                        + (was.references() != null ? "the relationship's foreign key is " : "the column is ")
                        + KEPT + (was.notNull() ? " (it may now be empty: NOT NULL was lifted)" : "")));
            });
            columnRenames.addAll(ordered(renames, columnsLeft, "column"));
        }

        private void added(EntityModel entity, EntityModel old, FieldModel field) {
            boolean notNull = field.required() && field.hasDefault();
            addedColumns.add(new AddedColumn(entity.table(), field, notNull));
            if (field.required() && !field.hasDefault()) {
                notes.add(item(CoverageReport.Status.ADAPTED, entity.table() + "." + field.column(), "new required "
                        + "field added as a nullable column: the " + old.names().labelPlural()
                        + " already stored have no value for it"));
            }
        }

        /** A column both versions have: its type, NOT NULL, uniqueness and default. */
        private void changed(String table, FieldModel field, FieldModel oldField, Column was, Column now) {
            String subject = table + "." + field.column();
            boolean wasNotNull = was.notNull();
            boolean retypes = false;
            if (!now.type().equals(was.type())) {
                if (drop && field.enumCheck() == null && oldField.enumCheck() == null
                        && Conversion.supported(field.sqlType())) {
                    if (wasNotNull && !field.hasDefault()) {
                        relaxed.add(new RelaxedColumn(table, field.column()));
                        wasNotNull = false;
                    }
                    retypes = true;
                    retyped.add(new RetypedColumn(table, field.column(), field.sqlType(),
                            Conversion.using(field.column(), field.sqlType(), field.sqlDefault()), field.sqlDefault()));
                    notes.add(item(CoverageReport.Status.GENERATED, subject, "converted from " + was.type() + " to "
                            + now.type() + ", as the change confirmed: values that are not a " + now.type()
                            + (field.hasDefault() ? " became the default" : " were emptied")));
                } else {
                    notes.add(notApplied(subject, "type changed from " + was.type() + " to " + now.type()
                            + ": not applied, the column keeps its type (" + KEPT + ")"
                            + (drop ? "; no safe conversion is known for it" : "")));
                }
            }
            if (wasNotNull && !now.notNull()) {
                relaxed.add(new RelaxedColumn(table, field.column()));
            } else if (!wasNotNull && now.notNull()) {
                if (drop && field.hasDefault()) {
                    required.add(new RequiredColumn(table, field.column(), field.sqlDefault()));
                    notes.add(item(CoverageReport.Status.GENERATED, subject, "now required: records stored "
                            + "without a value took the default " + field.sqlDefault()));
                } else if (drop) {
                    notes.add(item(CoverageReport.Status.ADAPTED, subject, "now required: with no default to "
                            + "give the records stored without a value, the column stays nullable; new and edited "
                            + "records need one"));
                } else {
                    notes.add(notApplied(subject, "now required: not applied, stored records may lack a value"));
                }
            }
            if (was.unique() != now.unique()) {
                notes.add(notApplied(subject, (now.unique() ? "now unique" : "no longer unique")
                        + ": not applied, the column keeps its constraint"));
            }
            if (!Objects.equals(was.sqlDefault(), now.sqlDefault())) {
                if (drop && !retypes) {
                    defaults.add(new NewDefault(table, field.column(), now.sqlDefault()));
                } else if (!drop) {
                    notes.add(notApplied(subject, "default changed: not applied, the column keeps its default"));
                }
            }
        }

        private void joinTables() {
            Map<String, Relations.JoinTable> oldJoins = new LinkedHashMap<>();
            previous.joinTables().forEach(join -> oldJoins.put(join.table(), join));
            Set<String> claimed = new HashSet<>();
            for (Relations.JoinTable join : current.joinTables()) {
                Relations.JoinTable old = pairing.previousJoin(previous, join, claimed);
                if (old == null) {
                    Relations.JoinTable sameName = oldJoins.get(join.table());
                    if (sameName != null && !claimed.contains(join.table())) {
                        claimed.add(join.table());
                        notes.add(notApplied(join.table(), "link table changed: not applied, it keeps its columns ("
                                + KEPT + ")"));
                    } else {
                        newJoins.add(join);
                    }
                    continue;
                }
                claimed.add(old.table());
                String table = join.table();
                if (!old.table().equals(table)) {
                    tableRenames.add(new Rename(null, old.table(), table, false));
                    objectRenames.add(new Rename(null, primaryKey(old.table()), primaryKey(table), true));
                    notes.add(item(CoverageReport.Status.GENERATED, table, "link table renamed from " + old.table()
                            + ": its links are kept"));
                }
                List<Rename> renames = new ArrayList<>();
                if (!old.leftColumn().equals(join.leftColumn())) {
                    renames.add(new Rename(table, old.leftColumn(), join.leftColumn(), false));
                }
                if (!old.rightColumn().equals(join.rightColumn())) {
                    renames.add(new Rename(table, old.rightColumn(), join.rightColumn(), false));
                }
                columnRenames.addAll(ordered(renames, new HashSet<>(Set.of(old.leftColumn(), old.rightColumn())), "column"));
                objectRenames.add(new Rename(table, old.leftConstraint(), join.leftConstraint(), false));
                objectRenames.add(new Rename(table, old.rightConstraint(), join.rightConstraint(), false));
                objectRenames.add(new Rename(null, old.rightIndex(), join.rightIndex(), true));
            }
            List<String> dropped = new ArrayList<>();
            oldJoins.keySet().stream().filter(table -> !claimed.contains(table)).forEach(table -> removed(dropped,
                    table, "many-to-many relationship no longer in the plan: its link table is " + KEPT));
            // Link tables go before the tables they link.
            droppedTables.addAll(0, dropped);
        }

        /** A table the new plan no longer has: dropped when confirmed, else kept and listed. */
        private void removed(List<String> dropped, String table, String kept) {
            if (drop) {
                dropped.add(table);
                notes.add(item(CoverageReport.Status.GENERATED, table, "no longer in the plan: dropped with its rows, "
                        + "as the change confirmed"));
            } else {
                notes.add(notApplied(table, kept));
            }
        }

        /**
         * Renames in an order that applies: one whose new name is still taken waits for the one that frees it; a
         * cycle (a swap) goes through a temporary name. A new name taken by something that stays is not applied.
         */
        private List<Rename> ordered(List<Rename> renames, Set<String> taken, String what) {
            Set<String> occupied = new HashSet<>(taken);
            List<Rename> pending = new ArrayList<>();
            for (Rename rename : renames) {
                if (rename.from().equals(rename.to())) {
                    continue;
                }
                boolean moves = renames.stream().anyMatch(other -> other.from().equals(rename.to()));
                if (occupied.contains(rename.to()) && !moves) {
                    notes.add(notApplied(rename.to(), "the " + what + " " + rename.from() + " cannot take this name: "
                            + "it is still in use (" + KEPT + ")"));
                } else {
                    pending.add(rename);
                }
            }
            List<Rename> out = new ArrayList<>();
            while (!pending.isEmpty()) {
                Rename next = pending.stream().filter(rename -> !occupied.contains(rename.to())).findFirst().orElse(null);
                if (next == null) {
                    Rename first = pending.getFirst();
                    String aside = Naming.sqlIdentifier(first.from() + "_renaming");
                    out.add(new Rename(first.table(), first.from(), aside, first.index()));
                    occupied.remove(first.from());
                    occupied.add(aside);
                    pending.set(0, new Rename(first.table(), aside, first.to(), first.index()));
                    continue;
                }
                pending.remove(next);
                out.add(next);
                occupied.remove(next.from());
                occupied.add(next.to());
            }
            return out;
        }

        private static Set<String> names(List<Rename> renames) {
            Set<String> names = new HashSet<>();
            renames.forEach(rename -> names.add(rename.from()));
            return names;
        }
    }

    /** The name PostgreSQL gave a table's primary key: {@code <table>_pkey}, the table name cut to fit 63 bytes. */
    static String primaryKey(String table) {
        return (table.length() > 58 ? table.substring(0, 58) : table) + "_pkey";
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

    private static CoverageReport.Item item(CoverageReport.Status status, String subject, String detail) {
        return new CoverageReport.Item("database", subject, status, detail);
    }

    private static CoverageReport.Item notApplied(String subject, String detail) {
        return item(CoverageReport.Status.NOT_IMPLEMENTED, subject, detail);
    }
}
