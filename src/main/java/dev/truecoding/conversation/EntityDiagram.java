package dev.truecoding.conversation;

import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data model drawn as an entity-relationship diagram: boxes on a grid, one line per relationship with its
 * kind. Coordinates are computed here; {@code workspace.html} draws them as SVG (text is escaped by Thymeleaf).
 */
record EntityDiagram(int width, int height, List<Box> boxes, List<Edge> edges) {

    private static final int COLUMNS = 3;
    private static final int BOX_WIDTH = 220;
    private static final int HEADER = 30;
    private static final int ROW = 20;
    private static final int MAX_ROWS = 10;
    private static final int GAP_X = 70;
    private static final int GAP_Y = 60;
    private static final int MARGIN = 20;

    record Box(String name, int x, int y, int width, int height, List<String> rows) {
        int centerX() {
            return x + width / 2;
        }

        int centerY() {
            return y + height / 2;
        }
    }

    record Edge(int x1, int y1, int x2, int y2, String label, int labelX, int labelY) {
    }

    static EntityDiagram of(TechnicalPlan plan) {
        List<TechnicalPlan.Entity> entities = plan.dataModel().entities();
        int rowHeight = entities.stream().mapToInt(e -> HEADER + ROW * rowsOf(e).size() + 10).max().orElse(HEADER);
        List<Box> boxes = new ArrayList<>();
        Map<String, Box> byName = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            TechnicalPlan.Entity entity = entities.get(i);
            List<String> rows = rowsOf(entity);
            int x = MARGIN + (i % COLUMNS) * (BOX_WIDTH + GAP_X);
            int y = MARGIN + (i / COLUMNS) * (rowHeight + GAP_Y);
            Box box = new Box(entity.name(), x, y, BOX_WIDTH, HEADER + ROW * rows.size() + 10, rows);
            boxes.add(box);
            byName.put(entity.name().toLowerCase(Locale.ROOT), box);
        }
        List<Edge> edges = new ArrayList<>();
        for (TechnicalPlan.Relationship relationship : plan.dataModel().relationships()) {
            Box from = byName.get(relationship.from().toLowerCase(Locale.ROOT));
            Box to = byName.get(relationship.to().toLowerCase(Locale.ROOT));
            if (from == null || to == null) {
                continue;
            }
            String label = switch (relationship.type()) {
                case ONE_TO_ONE -> "1 — 1";
                case ONE_TO_MANY -> "1 — n";
                case MANY_TO_MANY -> "n — n";
            };
            if (from == to) {
                edges.add(new Edge(from.x() + from.width(), from.y() + 12, from.x() + from.width() + 30, from.y() + 40,
                        label + " (self)", from.x() + from.width() + 4, from.y() - 4));
            } else {
                edges.add(new Edge(from.centerX(), from.centerY(), to.centerX(), to.centerY(), label,
                        (from.centerX() + to.centerX()) / 2, (from.centerY() + to.centerY()) / 2 - 6));
            }
        }
        int columns = Math.min(COLUMNS, Math.max(1, entities.size()));
        int rowsOfBoxes = (entities.size() + COLUMNS - 1) / COLUMNS;
        int width = 2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * GAP_X + 40;
        int height = 2 * MARGIN + rowsOfBoxes * rowHeight + Math.max(0, rowsOfBoxes - 1) * GAP_Y;
        return new EntityDiagram(width, height, boxes, edges);
    }

    private static List<String> rowsOf(TechnicalPlan.Entity entity) {
        List<String> rows = new ArrayList<>();
        for (TechnicalPlan.Field field : entity.fields()) {
            if (rows.size() == MAX_ROWS - 1 && entity.fields().size() > MAX_ROWS) {
                rows.add("+ " + (entity.fields().size() - rows.size()) + " more");
                break;
            }
            rows.add(field.name() + ": " + field.type() + (field.required() ? "" : "?"));
        }
        return rows;
    }
}
