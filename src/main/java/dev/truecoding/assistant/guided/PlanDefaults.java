package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.Architecture;
import dev.truecoding.plan.TechnicalPlan.ArchitectureType;
import dev.truecoding.plan.TechnicalPlan.CICDConfig;
import dev.truecoding.plan.TechnicalPlan.CICDJob;
import dev.truecoding.plan.TechnicalPlan.CICDProvider;
import dev.truecoding.plan.TechnicalPlan.StackCategory;
import dev.truecoding.plan.TechnicalPlan.StackChoice;

import java.util.List;

/**
 * The generator's stack: what every guided TechnicalPlan is built on (Next.js + PostgreSQL on Vercel), its text in the
 * plan's language (assistant/guided/messages*.properties, {@code derived.*}).
 */
final class PlanDefaults {

    private PlanDefaults() {
    }

    /** The architecture, described in the plan's language. */
    static Architecture architecture(Language language) {
        Replies words = Replies.in(language);
        return new Architecture(ArchitectureType.MONOLITH, words.text("derived.architecture"), words.text("derived.diagram"));
    }

    /** The stack; each choice's justification in the plan's language (the names are the tools' own). */
    static List<StackChoice> stack(Language language) {
        Replies words = Replies.in(language);
        return List.of(
                new StackChoice(StackCategory.FRONTEND, "Next.js", "16", words.text("derived.stack.nextjs")),
                new StackChoice(StackCategory.FRONTEND, "TypeScript", "5", words.text("derived.stack.typescript")),
                new StackChoice(StackCategory.BACKEND, words.text("derived.stack.routeHandlersName"), "16",
                        words.text("derived.stack.routeHandlers")),
                new StackChoice(StackCategory.DATABASE, "PostgreSQL", null, words.text("derived.stack.postgresql")),
                new StackChoice(StackCategory.DATABASE, "Drizzle ORM", null, words.text("derived.stack.drizzle")),
                new StackChoice(StackCategory.DATABASE, "PGlite", null, words.text("derived.stack.pglite")),
                new StackChoice(StackCategory.OTHER, "zod", "4", words.text("derived.stack.zod")),
                new StackChoice(StackCategory.OTHER, "Vitest", "4", words.text("derived.stack.vitest")),
                new StackChoice(StackCategory.DEPLOY, "Vercel", null, words.text("derived.stack.vercel")),
                new StackChoice(StackCategory.OTHER, "GitHub Actions", null, words.text("derived.stack.actions")));
    }

    static CICDConfig cicd() {
        return new CICDConfig(CICDProvider.GITHUB_ACTIONS, List.of("push", "pull_request"),
                List.of(new CICDJob("ci", List.of("npm ci", "npm run typecheck", "npm test", "npm run build"))));
    }
}
