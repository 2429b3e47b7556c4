package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

    void read(TechnicalPlan plan, List<EntityModel> entities) {
        stack(plan.stack());
        endpoints(plan.apiEndpoints(), entities);
        if (plan.components() != null) {
            plan.components().stream().filter(Objects::nonNull).forEach(component -> coverage.notImplemented("component",
                    Objects.toString(component.name(), "component"), "its behaviour is not generated: "
                            + Js.oneLine(component.description())));
        }
        if (plan.fileStructure() != null && !plan.fileStructure().isEmpty()) {
            coverage.adapted("file structure", "fileStructure", "advice only: files follow the template's layout");
        }
    }

    private void stack(List<TechnicalPlan.StackChoice> stack) {
        for (TechnicalPlan.StackChoice choice : stack == null ? List.<TechnicalPlan.StackChoice>of() : stack) {
            if (choice == null || choice.name() == null) {
                continue;
            }
            String name = choice.name().toLowerCase(Locale.ROOT);
            if (OUR_STACK.stream().anyMatch(name::contains)) {
                coverage.generated("stack", choice.name(), "used");
            } else if (choice.category() == TechnicalPlan.StackCategory.AUTH) {
                coverage.notImplemented("stack", choice.name(), "sign-in is not generated: every page and API is public");
            } else {
                coverage.adapted("stack", choice.name(), "not used; the app is built with Next.js, Drizzle ORM, "
                        + "PostgreSQL/PGlite, zod and Vitest");
            }
        }
    }

    private void endpoints(List<TechnicalPlan.APIEndpoint> endpoints, List<EntityModel> entities) {
        List<EntityRoute> routes = entityRoutes(entities);
        for (TechnicalPlan.APIEndpoint endpoint : endpoints == null ? List.<TechnicalPlan.APIEndpoint>of() : endpoints) {
            if (endpoint == null) {
                continue;
            }
            String subject = endpoint.method() + " " + endpoint.path();
            Optional<String> generated = crudRoute(endpoint, routes);
            if (generated.isPresent()) {
                coverage.generated("endpoint", subject, "served by " + generated.get()
                        + (endpoint.authentication() ? " (without authentication: sign-in is not generated)" : ""));
            } else {
                coverage.notImplemented("endpoint", subject, "custom endpoint: " + Js.oneLine(endpoint.description()));
            }
        }
    }

    private record EntityRoute(String route, List<String> aliases) {
    }

    private static List<EntityRoute> entityRoutes(List<EntityModel> entities) {
        // "/api/users", "/api/user" and "/api/user_accounts" all find the entity.
        return entities.stream().map(entity -> {
            List<String> words = Naming.words(entity.label());
            return new EntityRoute(entity.route(), List.of(entity.route(), Naming.kebab(words),
                    Naming.kebab(Naming.plural(words)), Naming.snake(Naming.plural(words)), Naming.snake(words)));
        }).toList();
    }

    /** "GET /api/v1/products/:id" → "GET /api/products/[id]" when products is an entity and GET is CRUD. */
    private static Optional<String> crudRoute(TechnicalPlan.APIEndpoint endpoint, List<EntityRoute> routes) {
        if (endpoint.method() == null || endpoint.path() == null) {
            return Optional.empty();
        }
        List<String> segments = new java.util.ArrayList<>(List.of(endpoint.path().replaceAll("[?#].*$", "").split("/")));
        segments.removeIf(String::isBlank);
        if (!segments.isEmpty() && segments.getFirst().equalsIgnoreCase("api")) {
            segments.removeFirst();
        }
        if (!segments.isEmpty() && segments.getFirst().matches("v\\d+")) {
            segments.removeFirst();
        }
        if (segments.isEmpty() || segments.size() > 2) {
            return Optional.empty();
        }
        String first = segments.getFirst().toLowerCase(Locale.ROOT);
        Optional<EntityRoute> route = routes.stream().filter(r -> r.aliases().contains(first)).findFirst();
        if (route.isEmpty()) {
            return Optional.empty();
        }
        boolean item = segments.size() == 2 && segments.get(1).matches("[:\\[{].*");
        if (segments.size() == 2 && !item) {
            return Optional.empty();
        }
        boolean crud = item ? endpoint.method() != TechnicalPlan.HttpMethod.POST
                : endpoint.method() == TechnicalPlan.HttpMethod.GET || endpoint.method() == TechnicalPlan.HttpMethod.POST;
        return crud ? Optional.of(endpoint.method() + " /api/" + route.get().route() + (item ? "/[id]" : ""))
                : Optional.empty();
    }
}
