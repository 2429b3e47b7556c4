package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a plan the template answers with its own choices: the stack, API endpoints (CRUD ones map to
 * generated routes, others are reported), components and the suggested file structure.
 */
final class PlanNotes {

    /** What the generated app is built with; a plan's choice matching one of these is honoured. */
    private static final List<String> OUR_STACK = List.of("next", "react", "typescript", "node", "postgres", "drizzle",
            "pglite", "zod", "vitest", "vercel", "github actions", "neon", "css");

    private final CoverageReport.Builder coverage;

    PlanNotes(CoverageReport.Builder coverage) {
        this.coverage = coverage;
    }

    /** @param pageComponents components the pages list; one the plan does not describe is judged here too */
    void read(TechnicalPlan plan, List<EntityModel> entities, SignIn signIn, List<String> pageComponents,
              CustomEndpoints custom) {
        stack(plan.stack(), signIn);
        endpoints(plan.apiEndpoints(), entities, custom);
        Set<String> judged = new HashSet<>();
        for (TechnicalPlan.Component component : plan.components() == null
                ? List.<TechnicalPlan.Component>of() : plan.components()) {
            if (component != null && judged.add(key(component.name()))) {
                component(Objects.toString(component.name(), "component"), component.description(), entities, signIn);
            }
        }
        for (String name : pageComponents) {
            if (judged.add(key(name))) {
                component(name, null, entities, signIn);
            }
        }
        if (plan.fileStructure() != null && !plan.fileStructure().isEmpty()) {
            coverage.adapted("file structure", "fileStructure", Phrase.of("coverage.detail.fileStructure"));
        }
    }

    private void component(String name, String description, List<EntityModel> entities, SignIn signIn) {
        Optional<String> provider = ComponentRoles.provider(name, entities, signIn);
        if (provider.isPresent()) {
            coverage.generated("component", name, "done by " + provider.get());
        } else {
            coverage.notImplemented("component", name, ModelBuilder.blank(description) ? Phrase.of("coverage.detail.notBuilt")
                    : Phrase.of("coverage.detail.notBuiltWhat", Js.oneLine(description)));
        }
    }

    private static String key(String name) {
        return Objects.toString(name, "").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the plan's stack names Tailwind CSS (in any category): the app is then styled with it. */
    static boolean tailwind(List<TechnicalPlan.StackChoice> stack) {
        return stack != null && stack.stream().filter(Objects::nonNull).map(TechnicalPlan.StackChoice::name)
                .filter(Objects::nonNull).anyMatch(PlanNotes::isTailwind);
    }

    private static boolean isTailwind(String name) {
        return name.toLowerCase(Locale.ROOT).contains("tailwind");
    }

    private void stack(List<TechnicalPlan.StackChoice> stack, SignIn signIn) {
        for (TechnicalPlan.StackChoice choice : stack == null ? List.<TechnicalPlan.StackChoice>of() : stack) {
            if (choice == null || choice.name() == null) {
                continue;
            }
            String name = choice.name().toLowerCase(Locale.ROOT);
            if (signIn != null && SignInBuilder.isAuthLibrary(choice)) {
                String what = "sign-up and sign-in with email and password at /sign-in (no cloud account needed), "
                        + "sessions in the app's database; GitHub and Google sign-in when their keys are set";
                if (name.contains("better auth") || name.contains("better-auth")) {
                    coverage.generated("stack", choice.name(), what);
                } else if (signIn.clerk() && name.contains("clerk")) {
                    coverage.generated("stack", choice.name(), "Clerk (@clerk/nextjs: its middleware, sign-in and "
                            + "sign-up) when CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY are set; until then "
                            + what);
                } else {
                    coverage.adapted("stack", choice.name(), "built with Better Auth instead: " + what);
                }
            } else if (isTailwind(name)) {
                coverage.generated("stack", choice.name(), "styled with Tailwind CSS 4 (@tailwindcss/postcss): the "
                        + "app's styles in src/app/globals.css, its utility classes available to every page");
            } else if (OUR_STACK.stream().anyMatch(name::contains)) {
                coverage.generated("stack", choice.name(), Phrase.of("coverage.detail.stackUsed"));
            } else {
                coverage.adapted("stack", choice.name(), Phrase.of("coverage.detail.stackNotUsed"));
            }
        }
    }

    private void endpoints(List<TechnicalPlan.APIEndpoint> endpoints, List<EntityModel> entities,
                           CustomEndpoints custom) {
        Endpoints routes = new Endpoints(entities.stream().map(EntityModel::names).toList());
        for (TechnicalPlan.APIEndpoint endpoint : endpoints == null ? List.<TechnicalPlan.APIEndpoint>of() : endpoints) {
            if (endpoint == null) {
                continue;
            }
            String subject = endpoint.method() + " " + endpoint.path();
            Optional<Endpoints.Match> generated = routes.match(endpoint);
            if (generated.isPresent()) {
                coverage.generated("endpoint", subject, "served by " + generated.get().route(endpoint.method())
                        + (endpoint.authentication() ? " (sign-in required)" : ""));
            } else if (custom.served(endpoint).isPresent()) {
                coverage.generated("endpoint", subject, custom.served(endpoint).get());
            } else {
                coverage.notImplemented("endpoint", subject, Phrase.of("coverage.detail.customEndpoint", Js.oneLine(endpoint.description())));
            }
        }
    }
}
