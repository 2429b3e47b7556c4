package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The variables of .env.example: DATABASE_URL first (the app's own), then the plan's, names made valid. */
final class EnvBuilder {

    private EnvBuilder() {
    }

    static List<AppModel.EnvVar> read(TechnicalPlan.EnvironmentConfig environment, CoverageReport.Builder coverage) {
        List<AppModel.EnvVar> variables = new ArrayList<>();
        variables.add(new AppModel.EnvVar("DATABASE_URL",
                "PostgreSQL connection string; when unset the app uses an embedded database in .data/", false, true));
        Set<String> names = new HashSet<>(Set.of("DATABASE_URL", "PGLITE_DATA_DIR", "NEXT_TELEMETRY_DISABLED"));
        if (environment == null || environment.variables() == null) {
            return variables;
        }
        for (TechnicalPlan.EnvVariable variable : environment.variables()) {
            if (variable == null || ModelBuilder.blank(variable.name())) {
                continue;
            }
            String name = variable.name().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_");
            if (!name.matches("[A-Z_].*")) {
                name = "_" + name;
            }
            if (!names.add(name)) {
                coverage.adapted("environment", variable.name(), "already defined by the app, listed once");
                continue;
            }
            if (!name.equals(variable.name().strip())) {
                coverage.adapted("environment", variable.name(), "named " + name);
            }
            variables.add(new AppModel.EnvVar(name, Js.oneLine(variable.description()), variable.required(),
                    variable.secret()));
            coverage.notImplemented("environment", name, "listed in .env.example; the generated code does not read it");
        }
        return variables;
    }
}
