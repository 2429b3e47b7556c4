package dev.truecoding.change;

import dev.truecoding.plan.Renames;
import dev.truecoding.change.DataEffect.Kind;
import dev.truecoding.generation.PlanTables;
import dev.truecoding.generation.PlanTables.Column;
import dev.truecoding.generation.PlanTables.KeyColumn;
import dev.truecoding.generation.PlanTables.LinkTable;
import dev.truecoding.generation.PlanTables.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of two plan versions side by side. A new table is the old one when its entity was renamed (declared)
 * or kept its name, or when both come out with the same SQL name; columns likewise by field, declared field rename
 * or SQL name. {@code live} null means nothing is counted.
 */
final class TableComparison {

    private final PlanTables old;
    private final PlanTables now;
    private final Map<String, String> entityFrom = new HashMap<>();
    private final Map<String, String> entityTo = new HashMap<>();
    private final Renames renames;
    private final LiveData live;
    private final List<DataEffect> effects = new ArrayList<>();

    TableComparison(PlanTables old, PlanTables now, Renames renames, LiveData live) {
        this.old = old;
        this.now = now;
        this.renames = renames;
        this.live = live;
        renames.entities().forEach(rename -> {
            entityFrom.put(rename.to(), rename.from());
            entityTo.put(rename.from(), rename.to());
        });
    }

    List<DataEffect> effects() {
        Set<Table> pairedOld = new HashSet<>();
        for (Table table : now.tables()) {
            Optional<Table> was = previous(table).filter(candidate -> !pairedOld.contains(candidate));
            if (was.isEmpty()) {
                effects.add(effect(Kind.NEW_TABLE, table.entity(), table.table(), null, null, null, null, null, false,
                        "Adds table " + table.table() + " for " + table.entity() + " (empty)"));
                continue;
            }
            pairedOld.add(was.get());
            compareTable(was.get(), table);
        }
        for (Table was : old.tables()) {
            if (!pairedOld.contains(was)) {
                Long rows = rows(was.table());
                effects.add(effect(Kind.DROPPED_TABLE, was.entity(), was.table(), null, null, rows, null, null, true,
                        "Drops " + was.entity() + " (table " + was.table() + ")" + (rows == null ? " and every row in it"
                                : ": " + count(rows, "row"))));
            }
        }
        compareLinks();
        return effects;
    }

    private Optional<Table> previous(Table table) {
        String oldEntity = entityFrom.getOrDefault(table.entity(), table.entity());
        return old.table(oldEntity)
                .or(() -> old.tables().stream().filter(was -> was.table().equals(table.table())
                        && now.table(was.entity()).isEmpty()).findFirst());
    }

    private void compareTable(Table was, Table table) {
        Long rows = rows(was.table());
        if (!was.table().equals(table.table())) {
            effects.add(effect(Kind.RENAMED_TABLE, was.entity() + " → " + table.entity(), table.table(), null,
                    was.table(), rows, null, null, false, "Renames table " + was.table() + " to " + table.table()
                            + (rows == null ? ": its rows are kept" : ": its " + count(rows, "row") + " kept")));
        }
        Set<Column> pairedOld = new HashSet<>();
        for (Column column : table.columns()) {
            String subject = table.entity() + "." + column.field();
            Optional<Column> previous = previousColumn(was, table, column).filter(candidate -> !pairedOld.contains(candidate));
            if (previous.isEmpty()) {
                effects.add(newColumn(subject, table, column.column(), column.sqlDefault(), rows));
                continue;
            }
            Column before = previous.get();
            pairedOld.add(before);
            compareColumn(subject, was, table, before, column, rows);
        }
        for (Column before : was.columns()) {
            if (!pairedOld.contains(before)) {
                effects.add(dropped(was.entity() + "." + before.field(), was.table(), table.table(), before.column(), rows));
            }
        }
        compareKeys(was, table, rows);
    }

    private Optional<Column> previousColumn(Table was, Table table, Column column) {
        String field = renames.fields().stream()
                .filter(rename -> rename.entity().equals(table.entity()) && rename.to().equals(column.field()))
                .map(Renames.FieldRename::from).findFirst().orElse(column.field());
        return was.column(field).or(() -> was.columns().stream()
                .filter(before -> before.column().equals(column.column()) && table.column(before.field()).isEmpty())
                .findFirst());
    }

    private void compareColumn(String subject, Table was, Table table, Column before, Column column, Long rows) {
        Long values = null;
        if (!before.column().equals(column.column())) {
            values = values(was.table(), before.column());
            effects.add(effect(Kind.RENAMED_COLUMN, subject, table.table(), column.column(), before.column(), rows,
                    values, null, false, "Renames column " + table.table() + "." + before.column() + " to "
                            + column.column() + (values == null ? ": its values are kept" : ": its " + count(values, "value") + " kept")));
        }
        if (ColumnTypes.narrows(before, column)) {
            values = values != null ? values : values(was.table(), before.column());
            effects.add(effect(Kind.NARROWED_TYPE, subject, table.table(), column.column(), null, rows, values, null, true,
                    "Changes " + subject + " from " + ColumnTypes.describe(before) + " to " + ColumnTypes.describe(column)
                            + (values == null ? ": stored values that do not fit are lost"
                            : ": " + count(values, "stored value") + " must fit, and those that do not are lost")));
        }
        if (!before.notNull() && column.notNull()) {
            values = values != null ? values : values(was.table(), before.column());
            Long empty = rows == null || values == null ? null : rows - values;
            boolean noDefault = column.sqlDefault() == null;
            effects.add(effect(Kind.NOW_REQUIRED, subject, table.table(), column.column(), null, rows, values,
                    column.sqlDefault(), noDefault, "Makes " + subject + " required"
                            + (noDefault ? " with no default" : "") + (empty == null ? ""
                            : ": " + empty + " of " + count(rows, "row") + " have no value")
                            + (noDefault ? "" : (empty == null ? ": rows with no value" : ", they") + " get " + column.sqlDefault())));
        }
    }

    private void compareKeys(Table was, Table table, Long rows) {
        Set<KeyColumn> pairedOld = new HashSet<>();
        for (KeyColumn key : table.keys()) {
            String parent = entityFrom.getOrDefault(key.parentEntity(), key.parentEntity());
            Optional<KeyColumn> before = was.keys().stream()
                    .filter(candidate -> !pairedOld.contains(candidate) && candidate.parentEntity().equals(parent))
                    .findFirst();
            String subject = table.entity() + " → " + key.parentEntity();
            if (before.isEmpty()) {
                effects.add(effect(Kind.NEW_COLUMN, subject, table.table(), key.column(), null, rows, null, null, false,
                        "Adds column " + table.table() + "." + key.column() + " linking " + table.entity() + " to "
                                + key.parentEntity() + (rows == null ? "" : ": the " + count(rows, "existing row")
                                + " link to none")));
                continue;
            }
            pairedOld.add(before.get());
            if (!before.get().column().equals(key.column())) {
                Long values = values(was.table(), before.get().column());
                effects.add(effect(Kind.RENAMED_COLUMN, subject, table.table(), key.column(), before.get().column(), rows,
                        values, null, false, "Renames column " + table.table() + "." + before.get().column() + " to "
                                + key.column() + (values == null ? ": its links are kept" : ": its " + count(values, "link") + " kept")));
            }
        }
        for (KeyColumn key : was.keys()) {
            if (!pairedOld.contains(key)) {
                Long values = values(was.table(), key.column());
                effects.add(effect(Kind.DROPPED_COLUMN, was.entity() + " → " + key.parentEntity(), table.table(),
                        key.column(), null, rows, values, null, true, "Drops the link from " + was.entity() + " to "
                                + key.parentEntity() + " (column " + key.column() + ")"
                                + (values == null ? "" : ": " + count(values, "link") + " in " + count(rows, "row"))));
            }
        }
    }

    private void compareLinks() {
        Set<LinkTable> pairedOld = new HashSet<>();
        for (LinkTable link : now.linkTables()) {
            String left = entityFrom.getOrDefault(link.leftEntity(), link.leftEntity());
            String right = entityFrom.getOrDefault(link.rightEntity(), link.rightEntity());
            String subject = link.leftEntity() + " ↔ " + link.rightEntity();
            Optional<LinkTable> before = old.linkTables().stream()
                    .filter(was -> !pairedOld.contains(was) && was.leftEntity().equals(left) && was.rightEntity().equals(right))
                    .findFirst();
            if (before.isEmpty()) {
                effects.add(effect(Kind.NEW_TABLE, subject, link.table(), null, null, null, null, null, false,
                        "Adds table " + link.table() + " linking " + link.leftEntity() + " and " + link.rightEntity() + " (empty)"));
                continue;
            }
            LinkTable was = before.get();
            pairedOld.add(was);
            Long rows = !was.table().equals(link.table()) || !was.leftColumn().equals(link.leftColumn())
                    || !was.rightColumn().equals(link.rightColumn()) ? rows(was.table()) : null;
            if (!was.table().equals(link.table())) {
                effects.add(effect(Kind.RENAMED_TABLE, subject, link.table(), null, was.table(), rows, null, null, false,
                        "Renames table " + was.table() + " to " + link.table()
                                + (rows == null ? ": its links are kept" : ": its " + count(rows, "link") + " kept")));
            }
            renamedLinkColumn(subject, link.table(), was.leftColumn(), link.leftColumn(), rows);
            renamedLinkColumn(subject, link.table(), was.rightColumn(), link.rightColumn(), rows);
        }
        for (LinkTable was : old.linkTables()) {
            if (!pairedOld.contains(was)) {
                Long rows = rows(was.table());
                effects.add(effect(Kind.DROPPED_TABLE, was.leftEntity() + " ↔ " + was.rightEntity(), was.table(), null,
                        null, rows, null, null, true, "Drops the links between " + was.leftEntity() + " and "
                                + was.rightEntity() + " (table " + was.table() + ")"
                                + (rows == null ? "" : ": " + count(rows, "link"))));
            }
        }
    }

    private void renamedLinkColumn(String subject, String table, String before, String after, Long rows) {
        if (!before.equals(after)) {
            effects.add(effect(Kind.RENAMED_COLUMN, subject, table, after, before, rows, rows, null, false,
                    "Renames column " + table + "." + before + " to " + after + ": links are kept"));
        }
    }

    private DataEffect newColumn(String subject, Table table, String column, String sqlDefault, Long rows) {
        String existing = rows == null ? "rows already stored" : "the " + count(rows, "row") + " already stored";
        return effect(Kind.NEW_COLUMN, subject, table.table(), column, null, rows, null, sqlDefault, false,
                "Adds " + subject + " (column " + table.table() + "." + column + "): " + existing
                        + (sqlDefault == null ? " have no value for it" : " get " + sqlDefault));
    }

    private DataEffect dropped(String subject, String oldTable, String table, String column, Long rows) {
        Long values = values(oldTable, column);
        return effect(Kind.DROPPED_COLUMN, subject, table, column, null, rows, values, null, true,
                "Drops " + subject + (values == null ? " and every value in it" : ": " + count(values, "value")
                        + " in " + count(rows, "row")));
    }

    private Long rows(String table) {
        return live == null ? null : boxed(live.rows(table));
    }

    private Long values(String table, String column) {
        return live == null ? null : boxed(live.nonNullValues(table, column));
    }

    /** A table or column the live app never got (an earlier change left it unapplied) holds nothing. */
    private static Long boxed(java.util.OptionalLong count) {
        return count.isPresent() ? count.getAsLong() : 0L;
    }

    private static String count(Long n, String noun) {
        return n == null ? noun + "s" : n + " " + noun + (n == 1 ? "" : "s");
    }

    private static DataEffect effect(Kind kind, String subject, String table, String column, String previousName,
                                     Long rows, Long values, String existingRowsGet, boolean destructive, String words) {
        return new DataEffect(kind, subject, table, column, previousName, rows, values, existingRowsGet, destructive, words);
    }
}
