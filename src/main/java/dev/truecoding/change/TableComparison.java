package dev.truecoding.change;

import dev.truecoding.system.Phrase;
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
                        Phrase.of("change.effect.newTable", table.table(), table.entity())));
                continue;
            }
            pairedOld.add(was.get());
            compareTable(was.get(), table);
        }
        for (Table was : old.tables()) {
            if (!pairedOld.contains(was)) {
                Long rows = rows(was.table());
                effects.add(effect(Kind.DROPPED_TABLE, was.entity(), was.table(), null, null, rows, null, null, true,
                        counted("change.effect.droppedTable", rows, was.entity(), was.table())));
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
                    was.table(), rows, null, null, false,
                    counted("change.effect.renamedTable", rows, was.table(), table.table())));
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
                    values, null, false,
                    counted("change.effect.renamedColumn", values, table.table(), before.column(), column.column())));
        }
        if (ColumnTypes.narrows(before, column)) {
            values = values != null ? values : values(was.table(), before.column());
            effects.add(effect(Kind.NARROWED_TYPE, subject, table.table(), column.column(), null, rows, values, null, true,
                    counted("change.effect.narrowed", values, subject, ColumnTypes.describe(before),
                            ColumnTypes.describe(column))));
        }
        if (!before.notNull() && column.notNull()) {
            values = values != null ? values : values(was.table(), before.column());
            Long empty = rows == null || values == null ? null : rows - values;
            boolean noDefault = column.sqlDefault() == null;
            String key = noDefault ? "change.effect.requiredNoDefault" : "change.effect.requiredWithDefault";
            effects.add(effect(Kind.NOW_REQUIRED, subject, table.table(), column.column(), null, rows, values,
                    column.sqlDefault(), noDefault, empty == null
                            ? Phrase.of(key, subject, column.sqlDefault())
                            : Phrase.of(key + ".counted", subject, empty, count(rows, "rows"), column.sqlDefault())));
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
                        counted("change.effect.newLink", rows, table.table(), key.column(), table.entity(),
                                key.parentEntity())));
                continue;
            }
            pairedOld.add(before.get());
            if (!before.get().column().equals(key.column())) {
                Long values = values(was.table(), before.get().column());
                effects.add(effect(Kind.RENAMED_COLUMN, subject, table.table(), key.column(), before.get().column(), rows,
                        values, null, false, counted("change.effect.renamedLinkColumn", values, table.table(),
                                before.get().column(), key.column())));
            }
        }
        for (KeyColumn key : was.keys()) {
            if (!pairedOld.contains(key)) {
                Long values = values(was.table(), key.column());
                effects.add(effect(Kind.DROPPED_COLUMN, was.entity() + " → " + key.parentEntity(), table.table(),
                        key.column(), null, rows, values, null, true, values == null
                                ? Phrase.of("change.effect.droppedLink", was.entity(), key.parentEntity(), key.column())
                                : Phrase.of("change.effect.droppedLink.counted", was.entity(), key.parentEntity(),
                                        key.column(), values, count(rows, "rows"))));
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
                        Phrase.of("change.effect.newLinkTable", link.table(), link.leftEntity(), link.rightEntity())));
                continue;
            }
            LinkTable was = before.get();
            pairedOld.add(was);
            Long rows = !was.table().equals(link.table()) || !was.leftColumn().equals(link.leftColumn())
                    || !was.rightColumn().equals(link.rightColumn()) ? rows(was.table()) : null;
            if (!was.table().equals(link.table())) {
                effects.add(effect(Kind.RENAMED_TABLE, subject, link.table(), null, was.table(), rows, null, null, false,
                        counted("change.effect.renamedLinkTable", rows, was.table(), link.table())));
            }
            renamedLinkColumn(subject, link.table(), was.leftColumn(), link.leftColumn(), rows);
            renamedLinkColumn(subject, link.table(), was.rightColumn(), link.rightColumn(), rows);
        }
        for (LinkTable was : old.linkTables()) {
            if (!pairedOld.contains(was)) {
                Long rows = rows(was.table());
                effects.add(effect(Kind.DROPPED_TABLE, was.leftEntity() + " ↔ " + was.rightEntity(), was.table(), null,
                        null, rows, null, null, true, counted("change.effect.droppedLinkTable", rows, was.leftEntity(),
                                was.rightEntity(), was.table())));
            }
        }
    }

    private void renamedLinkColumn(String subject, String table, String before, String after, Long rows) {
        if (!before.equals(after)) {
            effects.add(effect(Kind.RENAMED_COLUMN, subject, table, after, before, rows, rows, null, false,
                    Phrase.of("change.effect.renamedLinkTableColumn", table, before, after)));
        }
    }

    private DataEffect newColumn(String subject, Table table, String column, String sqlDefault, Long rows) {
        String key = sqlDefault == null ? "change.effect.newColumn" : "change.effect.newColumnWithDefault";
        return effect(Kind.NEW_COLUMN, subject, table.table(), column, null, rows, null, sqlDefault, false,
                rows == null ? Phrase.of(key, subject, table.table(), column, sqlDefault)
                        : Phrase.of(key + ".counted", subject, table.table(), column, sqlDefault, rows));
    }

    private DataEffect dropped(String subject, String oldTable, String table, String column, Long rows) {
        Long values = values(oldTable, column);
        return effect(Kind.DROPPED_COLUMN, subject, table, column, null, rows, values, null, true, values == null
                ? Phrase.of("change.effect.droppedColumn", subject)
                : Phrase.of("change.effect.droppedColumn.counted", subject, values, count(rows, "rows")));
    }

    /**
     * {@code key} with {@code args} when nothing was counted, else {@code key.counted} with the count appended
     * as a number, for the sentence to choose its words for none, one and many.
     */
    private static Phrase counted(String key, Long count, Object... args) {
        if (count == null) {
            return Phrase.of(key, args);
        }
        Object[] withCount = java.util.Arrays.copyOf(args, args.length + 1);
        withCount[args.length] = count;
        return Phrase.of(key + ".counted", withCount);
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

    /** "no rows", "1 row", "12 rows" ({@code change.count.<noun>}). */
    private static Phrase count(Long n, String noun) {
        return Phrase.of("change.count." + noun, n == null ? 0L : n);
    }

    private static DataEffect effect(Kind kind, String subject, String table, String column, String previousName,
                                     Long rows, Long values, String existingRowsGet, boolean destructive, Phrase words) {
        return new DataEffect(kind, subject, table, column, previousName, rows, values, existingRowsGet, destructive,
                words.english(), words);
    }
}
