package dev.truecoding.generation;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Reads plans as people and models write them: unknown properties ignored, enum values in any case, an
 * unknown enum value read as absent (then reported by the generator), and "many-to-one" read as the
 * one-to-many it is, with its ends swapped.
 */
public final class PlanReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private PlanReader() {
    }

    public static TechnicalPlan technical(String json) {
        JsonNode tree = MAPPER.readTree(json);
        for (JsonNode relationship : tree.path("dataModel").path("relationships")) {
            if (relationship instanceof ObjectNode node && node.path("type").isString()) {
                String type = node.path("type").asString().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
                if (type.equals("many-to-one") || type.equals("n-1") || type.equals("n:1")) {
                    JsonNode from = node.get("from");
                    node.set("from", node.get("to"));
                    node.set("to", from);
                    type = "one-to-many";
                }
                node.put("type", switch (type) {
                    case "1-1", "1:1", "onetoone" -> "one-to-one";
                    case "1-n", "1:n", "onetomany", "has-many" -> "one-to-many";
                    case "n-n", "n:n", "n-m", "manytomany" -> "many-to-many";
                    default -> type;
                });
            }
        }
        return MAPPER.treeToValue(tree, TechnicalPlan.class);
    }

    public static BusinessPlan business(String json) {
        return MAPPER.readValue(json, BusinessPlan.class);
    }
}
