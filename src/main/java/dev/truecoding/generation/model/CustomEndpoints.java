package dev.truecoding.generation.model;

import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's common endpoints beyond CRUD, mapped to generated handlers: a state transition on an enum or
 * boolean field ({@code POST /api/orders/{id}/confirm}), the children of a record under it
 * ({@code GET/POST /api/recipes/{id}/ingredients}) and the signed-in person's own records
 * ({@code GET /api/me/recipes}). What none of these fits stays a custom endpoint in the coverage report.
 */
public final class CustomEndpoints {

    /** A state transition: POST sets {@code field} to {@code valueTs} (and {@code stamp}, a date-time, to now). */
    public record Transition(String segment, FieldModel field, String valueTs, FieldModel stamp, boolean signIn) {

        public String describe() {
            return "sets " + field.property() + " to " + valueTs.replace("\"", "")
                    + (stamp == null ? "" : " and " + stamp.property() + " to now");
        }
    }

    /** Children of a record under it: {@code GET} lists them, {@code POST} adds one with its parent set. */
    public record Nested(String segment, EntityNames child, String property, boolean list, boolean create,
                         boolean listSignIn, boolean createSignIn, boolean listScoped, boolean createScoped,
                         boolean parentScoped) {
    }

    private final Endpoints routes;
    private final Map<EntityNames, List<FieldModel>> fields;
    private final RelationsBuilder relations;
    private final Map<EntityNames, Access> access;
    private final boolean signIn;
    private final Map<EntityNames, List<Transition>> transitions = new LinkedHashMap<>();
    private final Map<EntityNames, Map<String, Nested>> nested = new LinkedHashMap<>();
    private final Map<EntityNames, Boolean> mine = new LinkedHashMap<>();
    private final Map<TechnicalPlan.APIEndpoint, String> served = new IdentityHashMap<>();

    CustomEndpoints(Map<EntityNames, List<FieldModel>> fields, RelationsBuilder relations,
                    Map<EntityNames, Access> access, boolean signIn) {
        this.routes = new Endpoints(List.copyOf(fields.keySet()));
        this.fields = fields;
        this.relations = relations;
        this.access = access;
        this.signIn = signIn;
    }

    void read(List<TechnicalPlan.APIEndpoint> endpoints) {
        for (TechnicalPlan.APIEndpoint endpoint : endpoints == null ? List.<TechnicalPlan.APIEndpoint>of() : endpoints) {
            if (endpoint == null || endpoint.method() == null || endpoint.path() == null
                    || routes.match(endpoint).isPresent()) {
                continue;
            }
            List<String> segments = Endpoints.segments(endpoint.path());
            if (segments.size() == 3 && Endpoints.isParameter(segments.get(1))) {
                Optional<EntityNames> entity = routes.entity(segments.getFirst());
                entity.ifPresent(parent -> {
                    if (!nested(endpoint, parent, segments.get(2))) {
                        transition(endpoint, parent, segments.get(2));
                    }
                });
            } else if (segments.size() == 2 && segments.getFirst().equalsIgnoreCase("me")
                    && endpoint.method() == TechnicalPlan.HttpMethod.GET) {
                routes.entity(segments.get(1)).filter(entity -> signIn && access.get(entity).scoped())
                        .ifPresent(entity -> {
                            mine.put(entity, true);
                            served.put(endpoint, "served by GET /api/me/" + entity.route()
                                    + ": the signed-in person's own " + entity.labelPlural().toLowerCase(Locale.ROOT)
                                    + " (sign-in required)");
                        });
            }
        }
    }

    private boolean nested(TechnicalPlan.APIEndpoint endpoint, EntityNames parent, String segment) {
        boolean get = endpoint.method() == TechnicalPlan.HttpMethod.GET;
        if (!get && endpoint.method() != TechnicalPlan.HttpMethod.POST) {
            return false;
        }
        Optional<EntityNames> child = routes.entity(segment);
        Optional<Relations.BelongsTo> relation = child.flatMap(c -> relations.belongsTo(c).stream()
                .filter(r -> r.target().equals(parent)).findFirst());
        if (relation.isEmpty()) {
            return false;
        }
        EntityNames c = child.get();
        Access childAccess = access.get(c);
        Nested before = nested.computeIfAbsent(parent, key -> new LinkedHashMap<>()).get(c.route());
        boolean list = get || before != null && before.list();
        boolean create = !get || before != null && before.create();
        boolean listSignIn = get ? endpoint.authentication() : before != null && before.listSignIn();
        boolean createSignIn = !get ? endpoint.authentication() : before != null && before.createSignIn();
        nested.get(parent).put(c.route(), new Nested(c.route(), c, relation.get().property(), list, create,
                listSignIn, createSignIn, listSignIn && childAccess.scoped(), createSignIn && childAccess.scoped(),
                createSignIn && access.get(parent).scoped()));
        served.put(endpoint, "served by " + endpoint.method() + " /api/" + parent.route() + "/[id]/" + c.route()
                + (get ? ": the " + c.labelPlural().toLowerCase(Locale.ROOT) + " of a " + parent.title()
                .toLowerCase(Locale.ROOT) : ": adds one to the " + parent.title().toLowerCase(Locale.ROOT))
                + (endpoint.authentication() ? " (sign-in required)" : ""));
        return true;
    }

    private void transition(TechnicalPlan.APIEndpoint endpoint, EntityNames entity, String segment) {
        if (endpoint.method() == TechnicalPlan.HttpMethod.GET || endpoint.method() == TechnicalPlan.HttpMethod.DELETE
                || !segment.matches("[A-Za-z][A-Za-z-]*")) {
            return;
        }
        String verb = segment.toLowerCase(Locale.ROOT).replace("-", "");
        Set<String> states = pastForms(verb);
        List<FieldModel> own = fields.get(entity);
        FieldModel field = null;
        String value = null;
        for (FieldModel candidate : own) {
            if (candidate.kind() == FieldType.ENUM) {
                Optional<String> match = candidate.enumValues().stream()
                        .filter(v -> v.equalsIgnoreCase(verb) || states.contains(v.toLowerCase(Locale.ROOT))).findFirst();
                if (match.isPresent()) {
                    field = candidate;
                    value = Js.string(match.get());
                    break;
                }
            } else if (candidate.kind() == FieldType.BOOLEAN && (states.contains(lower(candidate.property()))
                    || states.stream().anyMatch(state -> lower(candidate.property()).equals("is" + state)))) {
                field = candidate;
                value = "true";
                break;
            }
        }
        if (field == null) {
            return;
        }
        FieldModel stamp = own.stream().filter(candidate -> candidate.kind() == FieldType.DATETIME)
                .filter(candidate -> states.stream().anyMatch(state -> lower(candidate.property()).equals(state + "at")))
                .findFirst().orElse(null);
        boolean signInNeeded = signIn && (endpoint.authentication() || access.get(entity).update());
        Transition transition = new Transition(Naming.kebab(List.of(verb)), field, value, stamp, signInNeeded);
        List<Transition> list = transitions.computeIfAbsent(entity, key -> new ArrayList<>());
        if (list.stream().noneMatch(t -> t.segment().equals(transition.segment()))) {
            list.add(transition);
        }
        served.put(endpoint, "served by POST /api/" + entity.route() + "/[id]/" + transition.segment() + ": "
                + transition.describe() + (signInNeeded ? " (sign-in required)" : ""));
    }

    /** "publish" → published; "archive" → archived; "cancel" → cancelled, canceled; "stop" → stopped. */
    static Set<String> pastForms(String verb) {
        Set<String> forms = new java.util.HashSet<>(Set.of(verb + "ed", verb + "d"));
        forms.add(verb + verb.charAt(verb.length() - 1) + "ed");
        if (verb.endsWith("y")) {
            forms.add(verb.substring(0, verb.length() - 1) + "ied");
        }
        return forms;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    List<Transition> transitions(EntityNames entity) {
        return transitions.getOrDefault(entity, List.of());
    }

    List<Nested> nested(EntityNames entity) {
        return List.copyOf(nested.getOrDefault(entity, Map.of()).values());
    }

    boolean mine(EntityNames entity) {
        return mine.getOrDefault(entity, false);
    }

    /** How each endpoint this class maps is served, for the coverage report. */
    Optional<String> served(TechnicalPlan.APIEndpoint endpoint) {
        return Optional.ofNullable(served.get(endpoint));
    }
}
