package dev.truecoding.generation;

import dev.truecoding.plan.TechnicalPlan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AppGeneratorTest {

    private final AppGenerator generator = new AppGenerator();
    private final CodeValidator validator = new CodeValidator(Path.of("target/unused"), null,
            new CodeValidator.Settings(false, null, null));

    static final java.util.List<String> PLANS = SamplePlans.ALL;

    @ParameterizedTest
    @FieldSource("PLANS")
    void theSamePlanGivesByteIdenticalFiles(String plan) {
        GeneratedApp first = SamplePlans.generate(generator, plan);
        GeneratedApp second = SamplePlans.generate(new AppGenerator(), plan);

        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.coverage()).isEqualTo(first.coverage());
    }

    @ParameterizedTest
    @FieldSource("PLANS")
    void everySamplePlanPassesTheStaticChecks(String plan) {
        GeneratedApp app = SamplePlans.generate(generator, plan);

        ValidationResult result = validator.checkStatic(app, SamplePlans.technical(plan));

        assertThat(result.passed()).as(result.steps().getFirst().logExcerpt()).isTrue();
    }

    @Test
    void aPortuguesePlanGetsAnAppThatSpeaksPortugueseAndAnEnglishOneStaysEnglish() {
        GeneratedApp app = SamplePlans.generate(generator, "receitas");
        assertThat(validator.checkStatic(app, SamplePlans.technical("receitas")).passed()).isTrue();

        // one strings file says every word; the pages read it
        assertThat(content(app, "src/lib/words.ts")).contains("save: \"Salvar\"", "delete: \"Excluir\"",
                "nothingYet: \"Nada por aqui ainda.\"", "integer: \"um número inteiro\"").doesNotContain("\"Save\"");
        assertThat(content(app, "src/app/layout.tsx")).contains("<html lang=\"pt-BR\">");
        String list = content(app, "src/app/receitas/page.tsx");
        assertThat(list).contains("{ \"Receitas\" }", "{words.new(\"Receita\")}", "words.nothingYet")
                .doesNotContain("Nothing here yet", ">Created<", "New {");
        assertThat(content(app, "src/app/ingredientes/[id]/page.tsx")).contains("{words.created}", "{words.editButton}");
        assertThat(content(app, "src/components/ReceitaForm.tsx")).contains("words.saving : words.save").doesNotContain("\"Save\"");
        assertThat(content(app, "src/validation/receita.ts")).contains("words.isRequired(\"Titulo\")", "words.expected.integer")
                .doesNotContain("is required");

        // sign-in (Clerk's included) and the README speak the plan's language too
        assertThat(content(app, "src/lib/words.ts")).contains("signIn: \"Entrar\"", "password: \"Senha\"",
                "locale: \"pt-BR\"", "title: \"Crie sua conta\"");
        assertThat(content(app, "src/app/sign-in/page.tsx")).contains("{words.account.signIn}").doesNotContain("Sign in<");
        assertThat(content(app, "src/app/sign-up/page.tsx")).contains("{words.account.createAnAccount}")
                .doesNotContain("Create an account");
        assertThat(content(app, "src/components/AuthForm.tsx")).contains("words.account.password", "words.account.noAccountYet")
                .doesNotContain(">Password", "No account yet?", "\"Could not sign in\"");
        assertThat(content(app, "src/app/layout.tsx")).contains("localization={words.clerk}", "{words.account.signUp}")
                .doesNotContain(">Sign in<");
        assertThat(content(app, "src/lib/session.ts")).contains("words.account.signInToDoThis");
        assertThat(content(app, "README.md")).contains("## Como rodar", "## Entrar", "## Cobertura do plano",
                "| entidade | Receita | feito |", "Assina as sessões de quem entra")
                .doesNotContain("## Run it", "| entity |", "Signs the sign-in sessions");
        assertThat(content(app, ".env.example")).contains("Chave secreta do Clerk");

        GeneratedApp english = SamplePlans.generate(generator, "recipes");
        assertThat(content(english, "README.md")).contains("## Run it", "| entity |").doesNotContain("## Como rodar");
        assertThat(content(english, "src/lib/words.ts")).contains("signIn: \"Sign in\"");
        assertThat(content(english, "src/lib/words.ts")).contains("save: \"Save\"", "new: (label: string) => `New ${label}`");
        assertThat(content(english, "src/app/layout.tsx")).contains("<html lang=\"en\">");
    }

    /** "Membro" in a Portuguese plan is the signed-in person, as "Member" is in an English one. */
    @Test
    void aPortuguesePlansPersonEntityIsTheSignedInAccount() {
        TechnicalPlan plan = PlanReader.technical("""
                {"stack": [{"category": "auth", "name": "Better Auth", "version": "1", "justification": "contas"}],
                 "dataModel": {"entities": [
                   {"name": "Livro", "description": "Um livro da estante", "fields": [{"name": "titulo", "type": "string", "required": true}]},
                   {"name": "Membro", "description": "Quem participa do clube", "fields": [
                     {"name": "nome", "type": "string", "required": true}, {"name": "email", "type": "email", "required": true}]}],
                  "relationships": []}}""");
        GeneratedApp app = generator.generate(plan, SamplePlans.business("receitas"));

        assertThat(content(app, "README.md")).contains("Cada conta tem o seu registro de");
    }

    @Test
    void everyLanguagesWordsFileSaysTheSameWords() {
        java.util.function.Function<String, java.util.List<String>> keys = path -> java.util.regex.Pattern
                .compile("(?m)^\\s+([a-zA-Z]+):").matcher(SamplePlans.resource("/generation/nextjs/" + path))
                .results().map(m -> m.group(1)).toList();
        java.util.List<String> english = keys.apply("src/lib/words/en.ts");
        assertThat(english).contains("save", "isRequired", "expected", "integer");
        // a key missing in one language would fail that app's typecheck only
        assertThat(keys.apply("src/lib/words/pt.ts")).containsExactlyElementsOf(english);
    }

    private static String content(GeneratedApp app, String path) {
        return app.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + app.files().stream().map(GeneratedFileInfo::path).toList()))
                .content();
    }

    @Test
    void writesTheFilesOfEachEntityAndEachPlanPage() {
        Map<String, GeneratedFileInfo> files = files("small");

        assertThat(files).containsKeys("package.json", "package-lock.json", ".env.example", ".gitignore",
                ".github/workflows/ci.yml", "migrations/0001_initial.sql", "src/db/schema.ts",
                "src/app/api/authors/route.ts", "src/app/api/posts/[id]/route.ts", "src/app/posts/page.tsx",
                "src/app/posts/new/page.tsx", "src/app/posts/[id]/edit/page.tsx", "src/components/PostForm.tsx",
                "tests/post.test.ts", "src/app/about/page.tsx", "src/app/authors/[id]/stats/page.tsx");
        assertThat(files).doesNotContainKeys(".gitlab-ci.yml", ".circleci/config.yml");
    }

    @Test
    void theMigrationHasForeignKeysUniqueConstraintsAndLinkTables() {
        String small = files("small").get("migrations/0001_initial.sql").content();
        String relations = files("relations").get("migrations/0001_initial.sql").content();

        assertThat(small).contains("CONSTRAINT \"authors_name_key\" UNIQUE (\"name\")")
                .contains("FOREIGN KEY (\"author_id\") REFERENCES \"authors\" (\"id\") ON DELETE SET NULL");
        assertThat(relations).contains("CREATE TABLE \"students_courses\"")
                .contains("ON DELETE CASCADE")
                .contains("CONSTRAINT \"profiles_user_id_key\" UNIQUE (\"user_id\")");
    }

    @Test
    void theCoverageReportListsWhatIsNotImplementedAndTheReadmeShowsIt() {
        GeneratedApp app = SamplePlans.generate(generator, "small");

        assertThat(app.coverage().withStatus(CoverageReport.Status.NOT_IMPLEMENTED))
                .extracting(CoverageReport.Item::subject)
                .contains("SITE_URL")
                .doesNotContain("Auth.js", "NEXTAUTH_SECRET", "PostList", "POST /api/posts/:id/publish");
        assertThat(app.coverage().items()).anySatisfy(item -> assertThat(item.subject()).isEqualTo("GET /api/posts"));
        String readme = files("small").get("README.md").content();
        assertThat(readme).contains("# Tiny Blog").contains("## Coverage of the plan")
                .contains("| environment | SITE_URL | not built yet |")
                .contains("## What the app does").contains("- **Posts**: built — by the pages and API of posts");
    }

    @Test
    void aPlanThatAsksForSignInGetsItAndRecordsOfThePersonAreScoped() {
        Map<String, GeneratedFileInfo> files = files("small");

        assertThat(files).containsKeys("src/lib/auth.ts", "src/app/api/auth/[...all]/route.ts",
                "src/app/sign-in/page.tsx", "src/app/sign-up/page.tsx", "tests/sign-in.test.ts");
        assertThat(files.get("package.json").content()).contains("\"better-auth\"");
        assertThat(files.get("package-lock.json").content()).contains("node_modules/better-auth");
        assertThat(files.get(".env.example").content()).contains("AUTH_SECRET=\n");
        // GET /api/posts is public in the plan, POST needs authentication; writes the plan does not list need it too.
        String posts = files.get("src/app/api/posts/route.ts").content();
        assertThat(posts.substring(posts.indexOf("GET"), posts.indexOf("POST("))).doesNotContain("requireAccount");
        assertThat(posts.substring(posts.indexOf("POST("))).contains("requireAccount(request)");
        assertThat(files.get("src/app/api/posts/[id]/route.ts").content()).contains("await deletePost(id, account)");
        // Author stands for the person; posts belong to an account through their author.
        assertThat(files.get("migrations/0001_initial.sql").content())
                .contains("\"account_id\" text REFERENCES \"auth_user\" (\"id\") ON DELETE SET NULL");
        assertThat(files.get("src/server/post.ts").content()).contains("inArray(posts.authorId, own)");
        assertThat(files.get("src/components/PostForm.tsx").content()).doesNotContain("authorIdOptions");
        assertThat(SamplePlans.generate(generator, "small").coverage().items()).anySatisfy(item -> {
            assertThat(item.subject()).isEqualTo("Auth.js");
            assertThat(item.status()).isEqualTo(CoverageReport.Status.ADAPTED);
        });
    }

    @Test
    void theRecipePlansCommonEndpointsComponentsAndFeaturesAreBuiltAndTheRestIsReported() {
        GeneratedApp app = SamplePlans.generate(generator, "recipes");
        Map<String, GeneratedFileInfo> files = app.files().stream()
                .collect(Collectors.toMap(GeneratedFileInfo::path, Function.identity()));

        assertThat(files).containsKeys("src/app/api/recipes/[id]/publish/route.ts",
                "src/app/api/recipes/[id]/archive/route.ts", "src/app/api/recipes/[id]/ingredients/route.ts",
                "src/app/api/me/recipes/route.ts", "tests/routes/recipe.test.ts");
        assertThat(files.get("src/app/api/recipes/[id]/publish/route.ts").content()).contains("status: \"published\"");
        assertThat(files.get("migrations/0001_initial.sql").content())
                .contains("REFERENCES \"recipes\" (\"id\") ON DELETE CASCADE");
        assertThat(app.coverage().withStatus(CoverageReport.Status.NOT_IMPLEMENTED))
                .extracting(CoverageReport.Item::subject)
                .contains("Scale servings", "Share a recipe", "POST /api/recipes/:id/share", "IngredientScaler")
                .doesNotContain("Search by ingredient", "Tags", "RecipeList", "StatusBadge", "GET /api/me/recipes");
        // The landing page speaks to visitors: no plan notes, no first-person description, only built features.
        String home = files.get("src/app/page.tsx").content();
        assertThat(home).contains("Your family's recipes, in one tin.").contains("Search by ingredient")
                .doesNotContain("Landing page: what the app does").doesNotContain("grandmother")
                .doesNotContain("Scale servings").doesNotContain("Share a recipe");
        String validation = files.get("src/validation/recipe.ts").content();
        assertThat(validation).contains("words.isRequired(\"Title\")").contains("words.zeroOrMore(\"Servings\")");
        assertThat(files.get("src/lib/words.ts").content()).contains("`${label} is required`", "`${label} must be 0 or more`");
        assertThat(files).containsKey("src/app/sign-in/page.tsx");
        assertThat(app.files()).extracting(GeneratedFileInfo::path).doesNotHaveDuplicates();
    }

    @Test
    void aPlanThatNamesTailwindIsStyledWithItAndOneThatDoesNotKeepsPlainCss() {
        Map<String, GeneratedFileInfo> recipes = files("recipes");
        Map<String, GeneratedFileInfo> small = files("small");

        assertThat(recipes.get("package.json").content()).contains("\"@tailwindcss/postcss\": \"4.3.5\"")
                .contains("\"tailwindcss\": \"4.3.5\"");
        assertThat(recipes.get("package-lock.json").content()).contains("\"node_modules/tailwindcss\"")
                .contains("\"node_modules/@tailwindcss/postcss\"");
        assertThat(recipes.get("postcss.config.mjs").content()).contains("\"@tailwindcss/postcss\"");
        assertThat(recipes.get("src/app/globals.css").content()).startsWith("@import \"tailwindcss\";")
                .contains(".site-header {", "form.record-form label {", ".field-error, .form-error {");
        assertThat(SamplePlans.generate(generator, "recipes").coverage().items()).anySatisfy(item -> {
            assertThat(item.subject()).isEqualTo("Tailwind CSS");
            assertThat(item.status()).isEqualTo(CoverageReport.Status.GENERATED);
        });

        assertThat(small).doesNotContainKey("postcss.config.mjs");
        assertThat(small.get("package.json").content()).doesNotContain("tailwind");
        assertThat(small.get("package-lock.json").content()).doesNotContain("tailwind");
        assertThat(small.get("src/app/globals.css").content()).doesNotContain("@import").contains(".site-header {");
    }

    @Test
    void aPlanThatNamesClerkSignsInWithEmailUntilClerksKeysAreSet() {
        GeneratedApp app = SamplePlans.generate(generator, "recipes");
        Map<String, GeneratedFileInfo> files = app.files().stream()
                .collect(Collectors.toMap(GeneratedFileInfo::path, Function.identity()));

        assertThat(files.get("package.json").content()).contains("\"@clerk/nextjs\": \"7.9.17\"", "\"better-auth\"");
        assertThat(files.get("package-lock.json").content()).contains("\"node_modules/@clerk/nextjs\"",
                "\"node_modules/better-auth\"");
        assertThat(files.get("src/proxy.ts").content()).contains("clerkMiddleware()")
                .contains("if (!clerkConfigured()) return NextResponse.next();");
        assertThat(files.get("src/lib/clerk.ts").content())
                .contains("process.env.CLERK_SECRET_KEY && process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY");
        assertThat(files.get("src/lib/session.ts").content()).contains("if (clerkConfigured()) return clerkAccount();");
        // Both keys in .env.example, as placeholders only; the plan's own entries for them are read, not repeated.
        String env = files.get(".env.example").content();
        assertThat(env).contains("\nCLERK_SECRET_KEY=\n", "\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=\n", "\nAUTH_SECRET=\n")
                .doesNotContainPattern("(?m)^[A-Z_]+=.+$");
        assertThat(env.split("CLERK_SECRET_KEY=", -1)).hasSize(2);
        assertThat(app.coverage().items()).filteredOn(item -> item.subject().equals("Clerk")
                || item.subject().contains("CLERK")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.status()).isEqualTo(CoverageReport.Status.GENERATED));

        Map<String, GeneratedFileInfo> small = files("small"); // names Auth.js: no Clerk
        assertThat(small).doesNotContainKeys("src/proxy.ts", "src/lib/clerk.ts", "src/components/ClerkSignOutButton.tsx");
        assertThat(small.get("package.json").content()).doesNotContain("@clerk");
        assertThat(small.get("src/lib/session.ts").content()).doesNotContain("clerk");
        assertThat(small.get(".env.example").content()).doesNotContain("CLERK");
    }

    /** npm ci refuses a lockfile whose root does not list exactly package.json's dependencies. */
    @ParameterizedTest
    @FieldSource("PLANS")
    void theLockfileListsExactlyTheDependenciesOfPackageJson(String plan) {
        Map<String, GeneratedFileInfo> files = files(plan);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.JsonNode manifest = json.readTree(files.get("package.json").content());
        tools.jackson.databind.JsonNode root = json.readTree(files.get("package-lock.json").content())
                .path("packages").path("");

        for (String kind : java.util.List.of("dependencies", "devDependencies")) {
            assertThat(root.path(kind)).as(kind).isEqualTo(manifest.path(kind));
        }
    }

    @Test
    void aPlanWithoutSignInHasNoneOfItsFiles() {
        Map<String, GeneratedFileInfo> files = files("relations");

        assertThat(files).doesNotContainKeys("src/lib/auth.ts", "src/lib/session.ts", "tests/sign-in.test.ts");
        assertThat(files.get("package.json").content()).doesNotContain("better-auth");
        assertThat(files.get("src/app/api/students/route.ts").content()).doesNotContain("requireAccount");
    }

    @Test
    void unknownTypesAndRelationshipsToUnknownEntitiesAreReportedNotFatal() {
        GeneratedApp allTypes = SamplePlans.generate(generator, "all-types");
        GeneratedApp relations = SamplePlans.generate(generator, "relations");

        assertThat(allTypes.coverage().items()).anySatisfy(item -> assertThat(item.detail()).contains("geography"));
        assertThat(relations.coverage().withStatus(CoverageReport.Status.SKIPPED))
                .anySatisfy(item -> assertThat(item.detail()).contains("Teacher"));
    }

    @Test
    void envExampleHasPlaceholdersOnly() {
        String env = files("small").get(".env.example").content();

        assertThat(env).contains("NEXTAUTH_SECRET=\n").contains("(secret)").doesNotContain("change-me")
                .contains("DATABASE_URL=\n");
    }

    @Test
    void reservedAndNonAsciiNamesAreRenamedAndReported() {
        GeneratedApp app = SamplePlans.generate(generator, "reserved");
        Map<String, GeneratedFileInfo> files = app.files().stream()
                .collect(Collectors.toMap(GeneratedFileInfo::path, Function.identity()));

        assertThat(files).containsKeys("src/app/orders/page.tsx", "src/app/orders-2/page.tsx",
                "src/app/classes/page.tsx", "src/components/ClassRecordForm.tsx", "src/app/cafe/menu/page.tsx");
        assertThat(files.get("migrations/0001_initial.sql").content()).contains("\"from_value\" text NOT NULL");
        assertThat(files.get("src/app/selection-de-cafes/page.tsx").content()).contains("\"Sélection de café\"");
        assertThat(app.coverage().items()).anySatisfy(item -> assertThat(item.detail()).contains("named Order2"));
    }

    private Map<String, GeneratedFileInfo> files(String plan) {
        return SamplePlans.generate(generator, plan).files().stream()
                .collect(Collectors.toMap(GeneratedFileInfo::path, Function.identity()));
    }
}
