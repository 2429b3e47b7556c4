package dev.truecoding.generation.render;

import dev.truecoding.generation.model.AppLanguage;
import dev.truecoding.generation.model.AppModel;

import java.util.List;
import java.util.function.Predicate;

/**
 * Every file of the generated app: which template makes it, once or per entity or per page, under what
 * condition and at what path. No classpath scanning: a template not listed here is never written.
 * Templates live under {@code generation/nextjs/}; a {@code .mustache} one is rendered, any other copied.
 * Output paths take {@code {route}}, {@code {fileName}}, {@code {type}} (entity) and {@code {directory}} (page).
 */
public final class TemplateCatalog {

    /**
     * Once per app, per entity, per plan page; per state transition of an entity ({@code {action}}), per nested
     * child route of an entity ({@code {child}}), per entity with a {@code /api/me/...} route, per entity with
     * any of these (its tests).
     */
    public enum Scope { APP, ENTITY, PAGE, TRANSITION, NESTED, MINE, CUSTOM }

    public record Entry(String template, String output, Scope scope, Predicate<AppModel> condition) {
    }

    private static final Predicate<AppModel> ALWAYS = app -> true;

    /**
     * The migration of a new plan version ({@code migrations/000N_plan_update.sql}): not an entry, since it is
     * written only when a previous version is given and its path depends on the files before it.
     */
    public static final String PLAN_UPDATE = "migrations/plan_update.sql.mustache";

    /**
     * Sign-in's tables, included ({@code {{>…}}}) by the first migration of an app with sign-in and by the plan
     * update of a version that turns it on.
     */
    public static final String AUTH_TABLES = "migrations/auth_tables.sql";

    public static final List<Entry> ENTRIES = List.of(
            app("package.json.mustache", "package.json"),
            // One lockfile per set of dependencies, each made by npm itself (bin/refresh-lockfiles): sign-in adds
            // Better Auth, Clerk adds @clerk/nextjs to it, Tailwind adds its PostCSS plugin.
            lockfile("package-lock.json.mustache", false, false, false),
            lockfile("package-lock-tailwind.json.mustache", false, false, true),
            lockfile("package-lock-sign-in.json.mustache", true, false, false),
            lockfile("package-lock-sign-in-tailwind.json.mustache", true, false, true),
            lockfile("package-lock-clerk.json.mustache", true, true, false),
            lockfile("package-lock-clerk-tailwind.json.mustache", true, true, true),
            app("tsconfig.json", "tsconfig.json"),
            app("next.config.ts", "next.config.ts"),
            app("vitest.config.mts.mustache", "vitest.config.mts"),
            app("gitignore.mustache", ".gitignore"),
            app("env.example.mustache", ".env.example"),
            // the README in the plan's language, as the app's words
            new Entry(AppLanguage.ENGLISH.readmeTemplate(), "README.md", Scope.APP, app -> !app.language().isPortuguese()),
            new Entry(AppLanguage.PORTUGUESE.readmeTemplate(), "README.md", Scope.APP, app -> app.language().isPortuguese()),
            app("github/workflows/ci.yml.mustache", ".github/workflows/ci.yml"),
            new Entry("gitlab-ci.yml.mustache", ".gitlab-ci.yml", Scope.APP, app -> app.ci().gitlab()),
            new Entry("circleci/config.yml.mustache", ".circleci/config.yml", Scope.APP, app -> app.ci().circleci()),
            app("migrations/0001_initial.sql.mustache", "migrations/0001_initial.sql"),
            app("src/db/schema.ts.mustache", "src/db/schema.ts"),
            app("src/db/client.ts", "src/db/client.ts"),
            app("src/db/migrate.ts", "src/db/migrate.ts"),
            app("src/lib/http.ts", "src/lib/http.ts"),
            app("src/lib/format.ts", "src/lib/format.ts"),
            app("src/lib/form.ts", "src/lib/form.ts"),
            // every word the app says, in the plan's language: one file, the pages read it
            new Entry(AppLanguage.ENGLISH.wordsTemplate(), "src/lib/words.ts", Scope.APP, app -> !app.language().isPortuguese()),
            new Entry(AppLanguage.PORTUGUESE.wordsTemplate(), "src/lib/words.ts", Scope.APP, app -> app.language().isPortuguese()),
            app("src/lib/messages.ts", "src/lib/messages.ts"),
            signIn("src/lib/auth.ts.mustache", "src/lib/auth.ts"),
            signIn("src/lib/session.ts.mustache", "src/lib/session.ts"),
            clerk("src/lib/clerk.ts", "src/lib/clerk.ts"),
            clerk("src/proxy.ts", "src/proxy.ts"),
            clerk("src/components/ClerkSignOutButton.tsx", "src/components/ClerkSignOutButton.tsx"),
            signIn("src/app/api/auth/[...all]/route.ts.mustache", "src/app/api/auth/[...all]/route.ts"),
            signIn("src/app/sign-in/page.tsx.mustache", "src/app/sign-in/page.tsx"),
            signIn("src/app/sign-up/page.tsx.mustache", "src/app/sign-up/page.tsx"),
            signIn("src/components/AuthForm.tsx", "src/components/AuthForm.tsx"),
            signIn("src/components/SignOutButton.tsx", "src/components/SignOutButton.tsx"),
            app("src/components/FieldError.tsx", "src/components/FieldError.tsx"),
            app("src/components/DeleteButton.tsx", "src/components/DeleteButton.tsx"),
            new Entry("src/app/globals.css", "src/app/globals.css", Scope.APP, app -> !app.tailwind()),
            // The same look, written with Tailwind: its theme, base styles and components (@apply).
            new Entry("src/app/globals-tailwind.css", "src/app/globals.css", Scope.APP, AppModel::tailwind),
            new Entry("postcss.config.mjs", "postcss.config.mjs", Scope.APP, AppModel::tailwind),
            app("src/app/layout.tsx.mustache", "src/app/layout.tsx"),
            app("src/app/page.tsx.mustache", "src/app/page.tsx"),
            // True Coding's own read-only counting route (off unless TRUECODING_APP_TOKEN is set); "truecoding" is a
            // reserved route, so no entity's API can take its place.
            app("src/app/api/truecoding/counts/route.ts", "src/app/api/truecoding/counts/route.ts"),
            // … and its copying route (a preview's data, a migration's rehearsal), guarded by the same token.
            app("src/app/api/truecoding/database/route.ts", "src/app/api/truecoding/database/route.ts"),
            app("src/lib/appToken.ts", "src/lib/appToken.ts"),
            app("tests/truecoding/database.test.ts", "tests/truecoding/database.test.ts"),
            app("tests/truecoding/counts.test.ts", "tests/truecoding/counts.test.ts"),
            app("tests/support.ts", "tests/support.ts"),
            app("tests/factories.ts.mustache", "tests/factories.ts"),
            signIn("tests/accounts.ts", "tests/accounts.ts"),
            signIn("tests/setup.ts", "tests/setup.ts"),
            signIn("tests/sign-in.test.ts.mustache", "tests/sign-in.test.ts"),
            // In a folder of its own: an entity's test file (tests/<entity>.test.ts) can never take its name.
            app("tests/lib/format.test.ts", "tests/lib/format.test.ts"),

            entity("src/validation/{fileName}.ts.mustache"),
            entity("src/server/{fileName}.ts.mustache"),
            entity("src/app/api/{route}/route.ts.mustache"),
            entity("src/app/api/{route}/[id]/route.ts.mustache"),
            entity("src/app/{route}/page.tsx.mustache"),
            entity("src/app/{route}/new/page.tsx.mustache"),
            entity("src/app/{route}/[id]/page.tsx.mustache"),
            entity("src/app/{route}/[id]/edit/page.tsx.mustache"),
            entity("src/components/{type}Form.tsx.mustache"),
            entity("tests/{fileName}.test.ts.mustache"),

            new Entry("src/app/{directory}/page.tsx.mustache", "src/app/{directory}/page.tsx", Scope.PAGE, ALWAYS),
            new Entry("src/app/api/{route}/[id]/{action}/route.ts.mustache", "src/app/api/{route}/[id]/{action}/route.ts",
                    Scope.TRANSITION, ALWAYS),
            new Entry("src/app/api/{route}/[id]/{child}/route.ts.mustache", "src/app/api/{route}/[id]/{child}/route.ts",
                    Scope.NESTED, ALWAYS),
            new Entry("src/app/api/me/{route}/route.ts.mustache", "src/app/api/me/{route}/route.ts", Scope.MINE, ALWAYS),
            new Entry("tests/routes/{fileName}.test.ts.mustache", "tests/routes/{fileName}.test.ts", Scope.CUSTOM, ALWAYS));

    private TemplateCatalog() {
    }

    /** A file only apps with sign-in have. */
    private static Entry signIn(String template, String output) {
        return new Entry(template, output, Scope.APP, app -> app.signIn() != null);
    }

    /** A file only apps whose plan names Clerk have (used when its keys are set). */
    private static Entry clerk(String template, String output) {
        return new Entry(template, output, Scope.APP, AppModel::clerk);
    }

    private static Entry lockfile(String template, boolean signIn, boolean clerk, boolean tailwind) {
        return new Entry(template, "package-lock.json", Scope.APP, app -> (app.signIn() != null) == signIn
                && app.clerk() == clerk && app.tailwind() == tailwind);
    }

    private static Entry app(String template, String output) {
        return new Entry(template, output, Scope.APP, ALWAYS);
    }

    /** Entity templates sit at their output path, placeholders included. */
    private static Entry entity(String template) {
        return new Entry(template, template.substring(0, template.length() - ".mustache".length()), Scope.ENTITY, ALWAYS);
    }
}
