package dev.truecoding.generation.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Matches a component of the plan, by the role its name says (RecipeList, PostCard, EntityForm, SearchBar,
 * AppShell…), to the part of the generated app that does that job. A name whose role the template has no part
 * for (StatusBadge, IngredientScaler) is not matched and stays for the model writer.
 */
final class ComponentRoles {

    /** Prefixes that name no particular record: "DataTable", "EntityForm", "ItemCard". */
    private static final Set<String> GENERIC = Set.of("data", "entity", "record", "records", "item", "items",
            "resource", "generic", "base", "app");

    private ComponentRoles() {
    }

    /** What in the generated app plays this component's part, if anything. */
    static Optional<String> provider(String name, List<EntityModel> entities, SignIn signIn) {
        List<String> words = Naming.words(name).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (signIn != null && words.stream().anyMatch(Set.of("login", "signin", "signup", "register", "auth",
                "password", "logout", "signout")::contains)
                || signIn != null && words.contains("sign")) {
            return Optional.of("the sign-in and sign-up pages (/sign-in, /sign-up) and the header's account menu");
        }
        if (words.stream().anyMatch(Set.of("kpi", "stat", "stats", "counter", "counters", "metric", "metrics")::contains)) {
            return Optional.of("the home page: the number of records of each kind and the latest ones");
        }
        if (words.stream().anyMatch(Set.of("search", "searchbar", "searchbox", "filter", "filters")::contains)) {
            return Optional.of("the search box of every list page (?q= over the text fields)");
        }
        if (words.stream().anyMatch(Set.of("pagination", "pager", "paginator")::contains)) {
            return Optional.of("the pager of every list page (?page=, kept in the URL)");
        }
        if (words.stream().anyMatch(Set.of("header", "navbar", "nav", "navigation", "menu", "sidebar", "layout",
                "shell", "footer", "topbar", "appbar")::contains)) {
            return Optional.of("the layout: header with the app's name and a link to each section");
        }
        if (words.stream().anyMatch(Set.of("hero", "landing", "welcome")::contains)) {
            return Optional.of("the landing page /");
        }
        if (words.getLast().equals("badge") && entities.stream().anyMatch(entity -> !entity.enumFilters().isEmpty())) {
            return Optional.of("the list and detail pages, which show each choice field (status, kind…) as a badge");
        }
        if (words.contains("empty")) {
            return Optional.of("every list says so when it has nothing yet, with a link to add the first");
        }
        String role = words.getLast();
        List<String> prefix = words.subList(0, words.size() - 1);
        Optional<EntityModel> entity = entities.stream().filter(candidate -> names(candidate, prefix)).findFirst();
        boolean generic = prefix.isEmpty() || GENERIC.containsAll(prefix);
        if (entity.isEmpty() && !generic) {
            return Optional.empty();
        }
        String whose = entity.map(e -> "the " + e.names().labelPlural().toLowerCase(Locale.ROOT))
                .orElse("every entity's");
        String at = entity.map(e -> " (/" + e.route() + ")").orElse("");
        return switch (role) {
            case "list", "table", "grid", "datatable", "feed", "index", "overview", "browser", "listing" ->
                    Optional.of(whose + " list page" + at + ": table with sort, search and pages");
            case "card", "cards", "row", "tile", "preview", "summary" ->
                    Optional.of(whose + " rows of the list page" + at + " and the home page's latest records");
            case "form", "editor" -> Optional.of(whose + " form, on the new and edit pages" + at);
            case "detail", "details", "view", "page", "profile" -> Optional.of(whose + " detail page" + at);
            case "picker", "select", "selector", "chooser", "multiselect" ->
                    Optional.of("the pickers of the forms (a select for one record, chips for several)");
            case "button" -> words.contains("delete") ? Optional.of("the delete button of the detail pages")
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean names(EntityModel entity, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        List<String> singular = Naming.words(entity.label()).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        List<String> plural = Naming.words(entity.names().labelPlural()).stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
        return words.equals(singular) || words.equals(plural);
    }
}
