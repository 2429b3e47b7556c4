package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The app's own variables as a Portuguese plan's .env.example and README describe them. */
    private static final Map<String, String> PORTUGUESE = Map.of(
            "DATABASE_URL", "String de conexão do PostgreSQL; sem ela o app usa um banco embutido em .data/",
            "AUTH_SECRET", "Assina as sessões de quem entra: um texto aleatório de 32 caracteres ou mais, "
                    + "por exemplo de `openssl rand -base64 32`",
            "BETTER_AUTH_URL", "O endereço público do app (https://…), para links e retornos da entrada",
            "GITHUB_CLIENT_ID", "App OAuth do GitHub: defina os dois para oferecer \"Continuar com GitHub\"",
            "GITHUB_CLIENT_SECRET", "Segredo do app OAuth do GitHub",
            "GOOGLE_CLIENT_ID", "Cliente OAuth do Google: defina os dois para oferecer \"Continuar com Google\"",
            "GOOGLE_CLIENT_SECRET", "Segredo do cliente OAuth do Google",
            "CLERK_SECRET_KEY", "Chave secreta do Clerk (sk_…): defina as duas chaves do Clerk para entrar com o Clerk "
                    + "em vez de e-mail e senha",
            "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "Chave pública do Clerk (pk_…), lida no build e quando o app roda");

    /** The variables, the app's own described in the app's language (the plan's keep the plan's words). */
    static List<AppModel.EnvVar> read(TechnicalPlan.EnvironmentConfig environment, SignIn signInModel,
                                      CoverageReport.Builder coverage, AppLanguage language) {
        List<AppModel.EnvVar> variables = read(environment, signInModel, coverage);
        if (!language.isPortuguese()) {
            return variables;
        }
        return variables.stream().map(v -> OWN.contains(v) && PORTUGUESE.containsKey(v.name())
                ? new AppModel.EnvVar(v.name(), PORTUGUESE.get(v.name()), v.required(), v.secret()) : v).toList();
    }

    private static final AppModel.EnvVar DATABASE_URL = new AppModel.EnvVar("DATABASE_URL",
            "PostgreSQL connection string; when unset the app uses an embedded database in .data/", false, true);

    /** The variables the app defines itself (a plan's variable of the same name keeps the plan's description). */
    private static final Set<AppModel.EnvVar> OWN = Set.copyOf(java.util.stream.Stream.of(SIGN_IN, CLERK,
            List.of(DATABASE_URL)).flatMap(List::stream).toList());

    private static List<AppModel.EnvVar> read(TechnicalPlan.EnvironmentConfig environment, SignIn signInModel,
                                              CoverageReport.Builder coverage) {
        boolean signIn = signInModel != null;
        List<AppModel.EnvVar> known = new ArrayList<>(SIGN_IN);
        if (signIn && signInModel.clerk()) {
            known.addAll(CLERK);
        }
        List<AppModel.EnvVar> variables = new ArrayList<>();
        variables.add(DATABASE_URL);
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
