package dev.truecoding.generation;

import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.EntityModel;
import dev.truecoding.generation.model.FieldModel;
import dev.truecoding.generation.model.ModelBuilder;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables and columns a technical plan becomes in the generated app's database, named exactly as the generator
 * names them (reserved words, suffixes and all), each known by the plan's own entity and field names. Changes read
 * this to say what a new plan does to the stored records without knowing the generator's naming rules.
 */
public record PlanTables(List<Table> tables, List<LinkTable> linkTables) {

    /** One entity's table; {@code keys} are the foreign-key columns of its one-to-many and one-to-one relationships. */
    public record Table(String entity, String table, List<Column> columns, List<KeyColumn> keys) {

        public Optional<Column> column(String field) {
            return columns.stream().filter(column -> column.field().equals(field)).findFirst();
        }
    }

    /**
     * One plan field's column: its SQL type ({@code text} for an enum, whose values are then listed), whether it is
     * NOT NULL and its SQL default.
     */
    public record Column(String field, String column, String sqlType, List<String> enumValues, boolean notNull,
                         String sqlDefault) {
    }

    /** A foreign key to the table of {@code parentEntity}. */
    public record KeyColumn(String parentEntity, String column) {
    }

    /** The link table of a many-to-many relationship between two entities. */
    public record LinkTable(String leftEntity, String rightEntity, String table, String leftColumn, String rightColumn) {
    }

    public PlanTables {
        tables = List.copyOf(tables);
        linkTables = List.copyOf(linkTables);
    }

    public static PlanTables of(TechnicalPlan plan) {
        AppModel model = ModelBuilder.build(plan, null);
        List<TechnicalPlan.Entity> planEntities = plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities().stream().filter(Objects::nonNull).toList();
        Map<String, String> planNames = new HashMap<>();
        for (int i = 0; i < model.entities().size(); i++) {
            EntityModel entity = model.entities().get(i);
            // The model keeps the plan's order; its label is the plan name made one line, so index first, label as a check.
            String planName = i < planEntities.size() && sameName(planEntities.get(i).name(), entity.label())
                    ? planEntities.get(i).name() : entity.label();
            planNames.put(entity.label(), planName);
        }
        List<Table> tables = new ArrayList<>();
        for (EntityModel entity : model.entities()) {
            List<Column> columns = entity.fields().stream().map(PlanTables::column).toList();
            List<KeyColumn> keys = entity.belongsTo().stream()
                    .map(key -> new KeyColumn(planNames.getOrDefault(key.target().label(), key.target().label()), key.column()))
                    .toList();
            tables.add(new Table(planNames.get(entity.label()), entity.table(), columns, keys));
        }
        List<LinkTable> links = model.joinTables().stream()
                .map(join -> new LinkTable(planNames.getOrDefault(join.left().label(), join.left().label()),
                        planNames.getOrDefault(join.right().label(), join.right().label()), join.table(),
                        join.leftColumn(), join.rightColumn()))
                .toList();
        return new PlanTables(tables, links);
    }

    public Optional<Table> table(String entity) {
        return tables.stream().filter(table -> table.entity().equals(entity)).findFirst();
    }

    private static Column column(FieldModel field) {
        return new Column(field.label(), field.column(), field.sqlType(), field.enumValues() == null ? List.of()
                : List.copyOf(field.enumValues()), field.required(), field.sqlDefault());
    }

    private static boolean sameName(String planName, String label) {
        return planName != null && planName.strip().equals(label.strip());
    }
}
