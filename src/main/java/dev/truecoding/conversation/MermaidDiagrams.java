package dev.truecoding.conversation;

import dev.truecoding.plan.TechnicalPlan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The technical plan's diagrams as Mermaid source, drawn in the browser by Mermaid (from its WebJar), which lays
 * out boxes and edges so that no line runs behind a box. Names from a plan are reduced to the characters Mermaid
 * takes as identifiers, and labels lose quotes, so a plan cannot change the diagram's syntax.
 */
final class MermaidDiagrams {

    /** Architecture diagrams longer than this are shown as text: Mermaid is not asked to lay out anything huge. */
    static final int MAX_ARCHITECTURE_SOURCE = 20_000;

    private static final Pattern MERMAID_START = Pattern.compile(
            "^\\s*(?:%%.*\\n\\s*)*(?:graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|C4Context|C4Container"
                    + "|C4Component|C4Deployment|architecture-beta|block-beta|mindmap|journey|gitGraph|timeline)\\b");

    private MermaidDiagrams() {
    }

    /** The data model as an {@code erDiagram}: each entity with its fields, each relationship with its cardinality. */
    static String entityRelationship(TechnicalPlan plan) {
        var source = new StringBuilder("erDiagram\n");
        for (TechnicalPlan.Entity entity : plan.dataModel().entities()) {
            source.append("    ").append(identifier(entity.name())).append(" {\n");
            for (TechnicalPlan.Field field : entity.fields()) {
                source.append("        ").append(identifier(typeWord(field.type()))).append(' ').append(identifier(field.name()));
                if (Boolean.TRUE.equals(field.unique())) {
                    source.append(" UK");
                }
                if (!field.required()) {
                    source.append(" \"optional\"");
                }
                source.append('\n');
            }
            source.append("    }\n");
        }
        for (TechnicalPlan.Relationship relationship : plan.dataModel().relationships()) {
            String cardinality = switch (relationship.type()) {
                case ONE_TO_ONE -> "||--||";
                case ONE_TO_MANY -> "||--o{";
                case MANY_TO_MANY -> "}o--o{";
            };
            source.append("    ").append(identifier(relationship.from())).append(' ').append(cardinality).append(' ')
                    .append(identifier(relationship.to())).append(" : \"").append(label(relationship)).append("\"\n");
        }
        return source.toString();
    }

    /** The architecture's own diagram when it is Mermaid ("ASCII ou Mermaid", says the seed); null for ASCII or none. */
    static String architecture(TechnicalPlan plan) {
        String diagram = plan.architecture() == null ? null : plan.architecture().diagram();
        if (diagram == null || diagram.length() > MAX_ARCHITECTURE_SOURCE || !MERMAID_START.matcher(diagram).find()) {
            return null;
        }
        return diagram;
    }

    private static String label(TechnicalPlan.Relationship relationship) {
        String description = relationship.description();
        if (description == null || description.isBlank()) {
            return switch (relationship.type()) {
                case ONE_TO_ONE -> "has one";
                case ONE_TO_MANY -> "has many";
                case MANY_TO_MANY -> "many to many";
            };
        }
        String plain = description.replaceAll("[\"\\p{Cntrl}#;%{}<>]", " ").replaceAll("\\s+", " ").strip();
        return plain.length() > 40 ? plain.substring(0, 39).strip() + "…" : plain;
    }

    /** "enum: draft|published" → "enum", "string[]" → "string_list": the word Mermaid shows as the field's type. */
    private static String typeWord(String type) {
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith("[]")) {
            return typeWord(lower.substring(0, lower.length() - 2)) + "_list";
        }
        int colon = lower.indexOf(':');
        return colon > 0 ? lower.substring(0, colon) : lower;
    }

    private static String identifier(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_]", "_");
        if (safe.isEmpty() || !Character.isLetter(safe.charAt(0))) {
            safe = "x" + safe;
        }
        return safe;
    }
}
