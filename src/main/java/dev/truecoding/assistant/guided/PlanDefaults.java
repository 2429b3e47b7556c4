package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.Architecture;
import dev.truecoding.plan.TechnicalPlan.ArchitectureType;
import dev.truecoding.plan.TechnicalPlan.CICDConfig;
import dev.truecoding.plan.TechnicalPlan.CICDJob;
import dev.truecoding.plan.TechnicalPlan.CICDProvider;
import dev.truecoding.plan.TechnicalPlan.StackCategory;
import dev.truecoding.plan.TechnicalPlan.StackChoice;

import java.util.List;

/** The generator's stack: what every guided TechnicalPlan is built on (Next.js + PostgreSQL on Vercel). */
final class PlanDefaults {

    private PlanDefaults() {
    }

    static Architecture architecture() {
        return new Architecture(ArchitectureType.MONOLITH,
                "One Next.js app: App Router pages render the UI and route handlers under /api serve a REST API; "
                        + "Drizzle ORM stores data in PostgreSQL, or in an embedded PGlite database when none is configured.",
                "Browser → Next.js (pages + /api route handlers) → Drizzle ORM → PostgreSQL (PGlite locally)");
    }

    static List<StackChoice> stack() {
        return List.of(
                new StackChoice(StackCategory.FRONTEND, "Next.js", "16", "App Router pages, React 19, deploys to Vercel unchanged"),
                new StackChoice(StackCategory.FRONTEND, "TypeScript", "5", "Types shared by pages, route handlers and tests"),
                new StackChoice(StackCategory.BACKEND, "Next.js route handlers", "16", "The REST API lives in the same app"),
                new StackChoice(StackCategory.DATABASE, "PostgreSQL", null, "Relational data; Neon or any managed PostgreSQL in production"),
                new StackChoice(StackCategory.DATABASE, "Drizzle ORM", null, "Typed schema and queries, no engine download"),
                new StackChoice(StackCategory.DATABASE, "PGlite", null, "Embedded PostgreSQL so tests and local runs need no server"),
                new StackChoice(StackCategory.OTHER, "zod", "4", "Validates every request body"),
                new StackChoice(StackCategory.OTHER, "Vitest", "4", "Fast unit and API tests"),
                new StackChoice(StackCategory.DEPLOY, "Vercel", null, "Zero-config deploys of Next.js"),
                new StackChoice(StackCategory.OTHER, "GitHub Actions", null, "CI on every push and pull request"));
    }

    static CICDConfig cicd() {
        return new CICDConfig(CICDProvider.GITHUB_ACTIONS, List.of("push", "pull_request"),
                List.of(new CICDJob("ci", List.of("npm ci", "npm run typecheck", "npm test", "npm run build"))));
    }
}
