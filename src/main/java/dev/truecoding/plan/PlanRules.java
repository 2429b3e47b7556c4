package dev.truecoding.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a plan must satisfy beyond its schema: names that refer to each other must agree. */
final class PlanRules {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PlanRules() {
    }

    static void check(BusinessPlan plan, List<PlanViolation> violations) {
        Set<String> ids = new HashSet<>();
        checkFeatures(plan.coreFeatures(), "$.coreFeatures", ids, violations);
        checkFeatures(plan.niceToHaveFeatures(), "$.niceToHaveFeatures", ids, violations);
    }

    private static void checkFeatures(List<BusinessPlan.Feature> features, String path, Set<String> ids, List<PlanViolation> violations) {
        for (int i = 0; i < features.size(); i++) {
            if (!ids.add(features.get(i).id())) {
                violations.add(new PlanViolation(path + "[" + i + "].id", "feature id '" + features.get(i).id() + "' is used twice"));
            }
        }
    }

    static void check(TechnicalPlan plan, List<PlanViolation> violations) {
        List<TechnicalPlan.Entity> entities = plan.dataModel().entities();
        if (entities.isEmpty()) {
            violations.add(new PlanViolation("$.dataModel.entities", "the data model needs at least one entity"));
        }
        Set<String> entityNames = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            TechnicalPlan.Entity entity = entities.get(i);
            String path = "$.dataModel.entities[" + i + "]";
            String nameProblem = nameProblem("an entity", entity.name());
            if (nameProblem != null) {
                violations.add(new PlanViolation(path + ".name", nameProblem));
            } else if (!entityNames.add(key(entity.name()))) {
                violations.add(new PlanViolation(path + ".name", "entity '" + entity.name() + "' is defined twice"));
            }
            Set<String> fieldNames = new HashSet<>();
            for (int f = 0; f < entity.fields().size(); f++) {
                String field = entity.fields().get(f).name();
                String fieldProblem = nameProblem("a field", field);
                if (fieldProblem != null) {
                    violations.add(new PlanViolation(path + ".fields[" + f + "].name", fieldProblem));
                } else if (!fieldNames.add(key(field))) {
                    violations.add(new PlanViolation(path + ".fields[" + f + "].name", "field '" + field + "' appears twice in " + entity.name()));
                }
            }
        }
        List<TechnicalPlan.Relationship> relationships = plan.dataModel().relationships();
        for (int i = 0; i < relationships.size(); i++) {
            var relationship = relationships.get(i);
            String path = "$.dataModel.relationships[" + i + "]";
            if (!entityNames.contains(key(relationship.from()))) {
                violations.add(new PlanViolation(path + ".from", "no entity named '" + relationship.from() + "'"));
            }
            if (!entityNames.contains(key(relationship.to()))) {
                violations.add(new PlanViolation(path + ".to", "no entity named '" + relationship.to() + "'"));
            }
        }
        Set<String> variables = new HashSet<>();
        List<TechnicalPlan.EnvVariable> env = plan.environment().variables();
        for (int i = 0; i < env.size(); i++) {
            String name = env.get(i).name();
            String path = "$.environment.variables[" + i + "].name";
            if (!ENV_NAME.matcher(name).matches()) {
                violations.add(new PlanViolation(path, "'" + name + "' is not a valid environment variable name (letters, digits, _)"));
            } else if (!variables.add(name)) {
                violations.add(new PlanViolation(path, "variable '" + name + "' is listed twice"));
            }
        }
        checkPaths(plan.pages().stream().map(TechnicalPlan.Page::path).toList(), "$.pages", violations);
        checkPaths(plan.apiEndpoints().stream().map(TechnicalPlan.APIEndpoint::path).toList(), "$.apiEndpoints", violations);
    }

    private static void checkPaths(List<String> paths, String path, List<PlanViolation> violations) {
        for (int i = 0; i < paths.size(); i++) {
            if (!paths.get(i).startsWith("/")) {
                violations.add(new PlanViolation(path + "[" + i + "].path", "'" + paths.get(i) + "' must start with /"));
            }
        }
    }

    /**
     * Entity and field names become tables, columns, types and page titles: a blank one, or one with no letter or
     * digit at all (only punctuation), names nothing a person could recognise in the generated app.
     */
    private static String nameProblem(String what, String name) {
        if (name.isBlank()) {
            return what + " needs a name";
        }
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "'" + name + "' is not a name: use at least one letter or digit";
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
