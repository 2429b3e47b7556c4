package dev.truecoding.generation.model;

import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds which generated route answers a plan's endpoint: "GET /api/v1/products/:id" is the read of the entity
 * Product; "/api/users", "/api/user" and "/api/user_accounts" all find theirs. Anything else is a custom endpoint.
 */
final class Endpoints {

    /** The five things an entity's generated API does. */
    enum Operation {
        LIST, CREATE, READ, UPDATE, DELETE;

        boolean item() {
            return this != LIST && this != CREATE;
        }
    }

    record Match(EntityNames entity, Operation operation) {

        /** The generated route, as the coverage report names it ("PUT /api/posts/[id]"). */
        String route(TechnicalPlan.HttpMethod method) {
            return method + " /api/" + entity.route() + (operation.item() ? "/[id]" : "");
        }
    }

    private record Aliases(EntityNames entity, List<String> names) {
    }

    private final List<Aliases> routes;

    Endpoints(List<EntityNames> entities) {
        routes = entities.stream().map(entity -> {
            List<String> words = Naming.words(entity.label());
            return new Aliases(entity, List.of(entity.route(), Naming.kebab(words), Naming.kebab(Naming.plural(words)),
                    Naming.snake(Naming.plural(words)), Naming.snake(words)));
        }).toList();
    }

    /** The entity a path segment names ("recipes", "recipe", "repair_jobs"). */
    Optional<EntityNames> entity(String segment) {
        String name = segment.toLowerCase(Locale.ROOT);
        return routes.stream().filter(r -> r.names().contains(name)).findFirst().map(Aliases::entity);
    }

    Optional<Match> match(TechnicalPlan.APIEndpoint endpoint) {
        if (endpoint == null || endpoint.method() == null || endpoint.path() == null) {
            return Optional.empty();
        }
        List<String> segments = segments(endpoint.path());
        if (segments.isEmpty() || segments.size() > 2) {
            return Optional.empty();
        }
        String first = segments.getFirst().toLowerCase(Locale.ROOT);
        Optional<EntityNames> entity = routes.stream().filter(r -> r.names().contains(first)).findFirst()
                .map(Aliases::entity);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        boolean item = segments.size() == 2 && isParameter(segments.get(1));
        if (segments.size() == 2 && !item) {
            return Optional.empty();
        }
        Operation operation = switch (endpoint.method()) {
            case GET -> item ? Operation.READ : Operation.LIST;
            case POST -> item ? null : Operation.CREATE;
            case PUT, PATCH -> item ? Operation.UPDATE : null;
            case DELETE -> item ? Operation.DELETE : null;
        };
        return Optional.ofNullable(operation).map(op -> new Match(entity.get(), op));
    }

    /** The path's segments after "/api" and a version ("v1"), query and fragment left out. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceAll("[?#].*$", "").split("/")));
        segments.removeIf(String::isBlank);
        if (!segments.isEmpty() && segments.getFirst().equalsIgnoreCase("api")) {
            segments.removeFirst();
        }
        if (!segments.isEmpty() && segments.getFirst().matches("v\\d+")) {
            segments.removeFirst();
        }
        return segments;
    }

    static boolean isParameter(String segment) {
        return segment.matches("[:\\[{].*");
    }
}
