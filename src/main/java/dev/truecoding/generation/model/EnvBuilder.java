package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
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

    /** What the generated sign-in reads (src/lib/auth.ts); a plan's variable of these names is honoured. */
    static final List<AppModel.EnvVar> SIGN_IN = List.of(
            new AppModel.EnvVar("AUTH_SECRET", "Signs the sign-in sessions: a random text of 32 characters or more, "
                    + "e.g. from `openssl rand -base64 32`", true, true),
            new AppModel.EnvVar("BETTER_AUTH_URL", "The app's public URL (https://…), for sign-in links and callbacks",
                    false, false),
            new AppModel.EnvVar("GITHUB_CLIENT_ID", "GitHub OAuth app: set both to offer \"Continue with GitHub\"",
                    false, false),
            new AppModel.EnvVar("GITHUB_CLIENT_SECRET", "GitHub OAuth app secret", false, true),
            new AppModel.EnvVar("GOOGLE_CLIENT_ID", "Google OAuth client: set both to offer \"Continue with Google\"",
                    false, false),
            new AppModel.EnvVar("GOOGLE_CLIENT_SECRET", "Google OAuth client secret", false, true));

    /** Clerk's keys, read by the generated sign-in of a plan that names Clerk: both set, Clerk signs people in. */
    static final List<AppModel.EnvVar> CLERK = List.of(
            new AppModel.EnvVar("CLERK_SECRET_KEY", "Clerk secret key (sk_…): set both Clerk keys to sign in with Clerk "
                    + "instead of email and password", false, true),
            new AppModel.EnvVar("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "Clerk publishable key (pk_…), read when the app "
                    + "is built and when it runs", false, false));

    /** Other names plans give the same settings; the generated code reads them as well. */
    private static final Set<String> SIGN_IN_ALIASES = Set.of("NEXTAUTH_SECRET", "BETTER_AUTH_SECRET", "NEXTAUTH_URL",
            "AUTH_URL");

    static List<AppModel.EnvVar> read(TechnicalPlan.EnvironmentConfig environment, SignIn signInModel,
                                      CoverageReport.Builder coverage) {
        boolean signIn = signInModel != null;
        List<AppModel.EnvVar> known = new ArrayList<>(SIGN_IN);
        if (signIn && signInModel.clerk()) {
            known.addAll(CLERK);
        }
        List<AppModel.EnvVar> variables = new ArrayList<>();
        variables.add(new AppModel.EnvVar("DATABASE_URL",
                "PostgreSQL connection string; when unset the app uses an embedded database in .data/", false, true));
        Set<String> names = new HashSet<>(Set.of("DATABASE_URL", "PGLITE_DATA_DIR", "NEXT_TELEMETRY_DISABLED"));
        if (signIn) {
            variables.addAll(known);
            known.forEach(variable -> names.add(variable.name()));
        }
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
                if (signIn && known.stream().anyMatch(read -> read.name().equals(variable.name().strip()))) {
                    coverage.generated("environment", variable.name(), Phrase.of("coverage.detail.readBySignIn"));
                } else {
                    coverage.adapted("environment", variable.name(), Phrase.of("coverage.detail.definedOnce"));
                }
                continue;
            }
            if (!name.equals(variable.name().strip())) {
                coverage.adapted("environment", variable.name(), Phrase.of("coverage.detail.named", name));
            }
            variables.add(new AppModel.EnvVar(name, Js.oneLine(variable.description()), variable.required(),
                    variable.secret()));
            if (signIn && SIGN_IN_ALIASES.contains(name)) {
                coverage.generated("environment", name, "read by the generated sign-in (as "
                        + (name.endsWith("SECRET") ? "AUTH_SECRET" : "BETTER_AUTH_URL") + " when that is not set)");
            } else {
                coverage.notImplemented("environment", name, Phrase.of("coverage.detail.envUnread"));
            }
        }
        return variables;
    }
}
