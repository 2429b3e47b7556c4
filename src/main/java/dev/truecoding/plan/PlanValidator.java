package dev.truecoding.plan;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import com.networknt.schema.SpecificationVersion;
import dev.truecoding.system.UnsafeText;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one gate every plan passes before it is stored or proposed, whoever wrote it (a person, the guided
 * assistant or a model): its JSON Schema (generated from the records) and the rules a schema cannot say,
 * such as relationships naming existing entities. Reports every violation at once, with its JSON path.
 */
@Component
public class PlanValidator {

    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Map<Class<?>, String> schemaTexts;
    private final Map<Class<?>, Schema> schemas;

    public PlanValidator() {
        var generator = new PlanSchemas();
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
        var business = generator.schemaOf(BusinessPlan.class);
        var technical = generator.schemaOf(TechnicalPlan.class);
        schemaTexts = Map.of(BusinessPlan.class, business.toPrettyString(), TechnicalPlan.class, technical.toPrettyString());
        schemas = Map.of(BusinessPlan.class, registry.getSchema(business), TechnicalPlan.class, registry.getSchema(technical));
    }

    /** The JSON Schema of {@link BusinessPlan} or {@link TechnicalPlan}, as text (for prompts and docs). */
    public String schema(Class<?> planType) {
        return schemaTexts.get(planType);
    }

    /** Reads a plan from JSON text; malformed JSON is a violation like any other. */
    public <T> T parse(Class<T> planType, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidPlanException(List.of(new PlanViolation("$", "not valid JSON: " + e.getOriginalMessage())));
        }
        return parse(planType, node);
    }

    /** @throws InvalidPlanException listing every schema and rule violation */
    public <T> T parse(Class<T> planType, JsonNode node) {
        List<PlanViolation> violations = schemaViolations(planType, node);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
        T plan = json.treeToValue(node, planType);
        check(plan);
        return plan;
    }

    /** Validates a plan built in memory (by the guided assistant, say). */
    public void check(Object plan) {
        List<PlanViolation> violations = violations(plan);
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
    }

    public List<PlanViolation> violations(Object plan) {
        List<PlanViolation> violations = new ArrayList<>(schemaViolations(plan.getClass(), json.valueToTree(plan)));
        if (violations.isEmpty()) {
            switch (plan) {
                case BusinessPlan business -> PlanRules.check(business, violations);
                case TechnicalPlan technical -> PlanRules.check(technical, violations);
                default -> throw new IllegalArgumentException("Not a plan: " + plan.getClass());
            }
        }
        return violations;
    }

    private List<PlanViolation> schemaViolations(Class<?> planType, JsonNode node) {
        Schema schema = schemas.get(planType);
        if (schema == null) {
            throw new IllegalArgumentException("Not a plan type: " + planType);
        }
        List<PlanViolation> unsafe = new ArrayList<>();
        unsafeText(node, "$", unsafe);
        if (!unsafe.isEmpty()) {
            return unsafe;
        }
        return schema.validate(node).stream()
                .map(error -> {
                    String path = error.getInstanceLocation().toString();
                    String message = error.getMessage();
                    if (message.startsWith(path + ": ")) {
                        message = message.substring(path.length() + 2);
                    }
                    return new PlanViolation(path, message);
                })
                .distinct()
                .toList();
    }

    /** A plan from a model never passed the request filter: the same characters are refused here (PostgreSQL's JSONB cannot hold a NUL). */
    private static void unsafeText(JsonNode node, String path, List<PlanViolation> violations) {
        if (node.isString()) {
            String problem = UnsafeText.problem(node.asString());
            if (problem != null) {
                violations.add(new PlanViolation(path, "contains " + problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unsafeText(node.get(i), path + "[" + i + "]", violations);
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                String problem = UnsafeText.problem(property.getKey());
                if (problem != null) {
                    violations.add(new PlanViolation(path, "a property name contains " + problem));
                }
                unsafeText(property.getValue(), path + "." + UnsafeText.cleaned(property.getKey()), violations);
            }
        }
    }
}
