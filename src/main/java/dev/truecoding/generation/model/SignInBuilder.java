package dev.truecoding.generation.model;

import dev.truecoding.plan.Folding;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether the app gets sign-in (the plan's stack names an auth library, or an endpoint needs
 * authentication), which entity stands for the signed-in person, and who may call what ({@link Access}).
 */
final class SignInBuilder {

    /** Auth libraries as plans name them in any stack category. */
    private static final List<String> LIBRARIES = List.of("auth.js", "authjs", "nextauth", "next-auth", "next auth",
            "better auth", "better-auth", "clerk", "lucia", "supabase auth", "auth0", "firebase auth", "cognito",
            "kinde", "passport", "keycloak", "stack auth", "workos");

    /** Entity names that mean the person using the app, most telling first ("User" before "Author"). */
    private static final List<String> PERSON_WORDS = List.of("user", "member", "account", "profile", "person",
            "author", "customer", "owner", "player", "participant", "contributor", "creator", "subscriber", "writer",
            "host", "client");

    /**
     * The same in Portuguese, where the person comes first ("Membro do clube", "Usuário"); compared without
     * accents, as {@link Folding} folds them.
     */
    private static final List<String> PORTUGUESE_PERSON_WORDS = List.of("usuario", "membro", "conta", "perfil",
            "pessoa", "autor", "cliente", "dono", "jogador", "participante", "criador", "assinante", "escritor");

    private SignInBuilder() {
    }

    /** The app's sign-in, or null when the plan does not ask for one. */
    static SignIn read(TechnicalPlan plan, Map<EntityNames, List<FieldModel>> fields) {
        Optional<String> library = library(plan.stack());
        boolean endpointsNeedIt = plan.apiEndpoints() != null && plan.apiEndpoints().stream()
                .filter(Objects::nonNull).anyMatch(TechnicalPlan.APIEndpoint::authentication);
        if (library.isEmpty() && !endpointsNeedIt) {
            return null;
        }
        return new SignIn(library.orElse(null), person(fields));
    }

    static boolean isAuthLibrary(TechnicalPlan.StackChoice choice) {
        return choice.category() == TechnicalPlan.StackCategory.AUTH || choice.name() != null
                && LIBRARIES.stream().anyMatch(choice.name().toLowerCase(Locale.ROOT)::contains);
    }

    private static Optional<String> library(List<TechnicalPlan.StackChoice> stack) {
        return (stack == null ? List.<TechnicalPlan.StackChoice>of() : stack).stream()
                .filter(Objects::nonNull).filter(choice -> choice.name() != null).filter(SignInBuilder::isAuthLibrary)
                .map(TechnicalPlan.StackChoice::name).findFirst();
    }

    /** The entity that means the person, if its record can be made from an account (name and email only). */
    private static EntityNames person(Map<EntityNames, List<FieldModel>> fields) {
        EntityNames english = person(fields, PERSON_WORDS, false);
        return english != null ? english : person(fields, PORTUGUESE_PERSON_WORDS, true);
    }

    /** The first entity, by the list's order, whose last (English) or first (Portuguese) word is a person word. */
    private static EntityNames person(Map<EntityNames, List<FieldModel>> fields, List<String> personWords, boolean first) {
        for (String word : personWords) {
            for (Map.Entry<EntityNames, List<FieldModel>> entry : fields.entrySet()) {
                List<String> words = Naming.words(entry.getKey().label());
                boolean free = entry.getValue().stream().noneMatch(field -> field.property().equals("accountId")
                        || field.column().equals("account_id"));
                if (!words.isEmpty() && Folding.key(first ? words.getFirst() : words.getLast()).equals(word) && free
                        && fills(entry.getValue()) != null) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /**
     * The fields of a person's record made from the account: every required field must be text (the account's
     * name) or an email (its address); an optional email is filled too. Null when a required field is neither.
     */
    static List<Access.Owner.Fill> fills(List<FieldModel> fields) {
        List<Access.Owner.Fill> fills = new ArrayList<>();
        for (FieldModel field : fields) {
            boolean needed = field.required() && !field.hasDefault();
            if (field.kind() == FieldType.EMAIL) {
                fills.add(new Access.Owner.Fill(field.property(), true));
            } else if (needed && (field.kind() == FieldType.STRING || field.kind() == FieldType.TEXT)) {
                fills.add(new Access.Owner.Fill(field.property(), false));
            } else if (needed) {
                return null;
            }
        }
        return fills;
    }

    /**
     * Who may call what, per entity. Without sign-in everything is public. With it, reads are public and writes
     * need a session unless the plan's endpoints say otherwise.
     */
    static Map<EntityNames, Access> access(TechnicalPlan plan, SignIn signIn, Map<EntityNames, List<FieldModel>> fields,
                                           RelationsBuilder relations) {
        Map<EntityNames, Access> access = new LinkedHashMap<>();
        if (signIn == null) {
            fields.keySet().forEach(entity -> access.put(entity, Access.PUBLIC));
            return access;
        }
        Map<EntityNames, Map<Endpoints.Operation, Boolean>> said = new LinkedHashMap<>();
        Endpoints endpoints = new Endpoints(List.copyOf(fields.keySet()));
        for (TechnicalPlan.APIEndpoint endpoint : plan.apiEndpoints() == null
                ? List.<TechnicalPlan.APIEndpoint>of() : plan.apiEndpoints()) {
            endpoints.match(endpoint).ifPresent(match -> said.computeIfAbsent(match.entity(), key -> new LinkedHashMap<>())
                    .merge(match.operation(), endpoint.authentication(), Boolean::logicalOr));
        }
        EntityNames person = signIn.person();
        List<Access.Owner.Fill> fills = person == null ? List.of() : fills(fields.get(person));
        for (EntityNames entity : fields.keySet()) {
            Map<Endpoints.Operation, Boolean> required = said.getOrDefault(entity, Map.of());
            Access.Owner owner = null;
            if (person != null && entity.equals(person)) {
                owner = new Access.Owner(true, "accountId", person, fills);
            } else if (person != null) {
                owner = relations.belongsTo(entity).stream().filter(relation -> relation.target().equals(person))
                        .findFirst().map(relation -> new Access.Owner(false, relation.property(), person, fills))
                        .orElse(null);
            }
            access.put(entity, new Access(
                    required.getOrDefault(Endpoints.Operation.LIST, false),
                    required.getOrDefault(Endpoints.Operation.READ, false),
                    required.getOrDefault(Endpoints.Operation.CREATE, true),
                    required.getOrDefault(Endpoints.Operation.UPDATE, true),
                    required.getOrDefault(Endpoints.Operation.DELETE, true),
                    owner));
        }
        return access;
    }
}
