package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.BusinessPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Says which of the business plan's features the generated app really has, so the landing page shows only
 * those and the coverage report names the others. A feature is built when it is about the app's records (it
 * names an entity) or about accounts in an app with sign-in, and asks for nothing the template does not make:
 * "Write and publish posts" is built by the Post pages; "Search by ingredient" is, since lists search their text;
 * "Scale servings" or "Share a recipe" are not, unless the data model has a field or entity of that name.
 */
final class FeaturesBuilder {

    /** Words that ask for more than records and their pages: a feature with one of these is not built. */
    private static final Set<String> BEYOND_THE_TEMPLATE = Set.of("scale", "scaling", "share", "sharing", "export",
            "import", "notify", "notification", "notifications", "remind", "reminder", "reminders", "sms", "payment",
            "payments", "pay", "checkout", "subscribe", "subscription", "subscriptions", "upload", "uploads", "photo",
            "photos", "image", "images", "picture", "pictures", "chart", "charts", "graph", "graphs", "analytics",
            "statistics", "stats", "report", "reports", "map", "maps", "calendar", "chat", "message", "messages",
            "recommend", "recommendation", "recommendations", "suggest", "suggestions", "ai", "generate", "sync",
            "offline", "print", "pdf", "invite", "invites", "invitation", "collaborate", "collaboration", "realtime",
            "real-time", "live", "integrate", "integration", "rate", "rating", "ratings", "review", "reviews",
            "favorite", "favorites", "favourite", "favourites", "like", "likes", "bookmark", "bookmarks", "vote",
            "votes", "convert", "conversion", "translate", "voice", "video", "videos", "timer",
            "dashboard", "leaderboard", "badge", "badges", "points", "reward", "rewards");

    private static final Set<String> ACCOUNT_WORDS = Set.of("account", "accounts", "sign", "signup", "login",
            "log", "register", "registration", "profile", "profiles", "password");

    private FeaturesBuilder() {
    }

    static List<AppModel.Feature> read(BusinessPlan business, List<EntityModel> entities, SignIn signIn,
                                       CoverageReport.Builder coverage) {
        if (business == null || business.coreFeatures() == null) {
            return List.of();
        }
        Set<String> modelWords = new HashSet<>();
        for (EntityModel entity : entities) {
            modelWords.addAll(words(entity.label()));
            modelWords.addAll(words(entity.names().labelPlural()));
            entity.fields().forEach(field -> modelWords.addAll(words(field.label())));
        }
        List<AppModel.Feature> features = new ArrayList<>();
        for (BusinessPlan.Feature feature : business.coreFeatures().stream().filter(Objects::nonNull).toList()) {
            String name = ModelBuilder.text(feature.name(), "Feature");
            String description = ModelBuilder.text(feature.description(), "");
            List<String> words = words(name + " " + description);
            List<EntityModel> about = entities.stream().filter(entity -> mentions(words, entity)).toList();
            boolean aboutAccounts = signIn != null && words.stream().anyMatch(ACCOUNT_WORDS::contains);
            List<String> missing = words.stream().filter(BEYOND_THE_TEMPLATE::contains)
                    .filter(word -> !modelWords.contains(word)).distinct().toList();
            boolean built = (!about.isEmpty() || aboutAccounts) && missing.isEmpty();
            String subject = Js.oneLine(name);
            if (built) {
                coverage.generated(CoverageReport.FEATURE, subject, about.isEmpty() ? Phrase.of("coverage.detail.signIn")
                        : Phrase.of("coverage.detail.featureBuilt", String.join(", ", about.stream()
                        .map(entity -> entity.names().labelPlural().toLowerCase(Locale.ROOT)).toList())));
            } else {
                coverage.notImplemented(CoverageReport.FEATURE, subject, missing.isEmpty()
                        ? Phrase.of("coverage.detail.featureOpen")
                        : Phrase.of("coverage.detail.featureOpenMissing", String.join(", ", missing)));
            }
            // The entity the feature's name mentions ("Tags") before the others its description does.
            List<String> nameWords = words(name);
            EntityModel where = about.stream().filter(entity -> mentions(nameWords, entity)).findFirst()
                    .orElse(about.isEmpty() ? null : about.getFirst());
            features.add(new AppModel.Feature(name, description, built, where == null ? null : "/" + where.route()));
        }
        return features;
    }

    private static boolean mentions(List<String> words, EntityModel entity) {
        List<String> singular = words(entity.label());
        List<String> plural = words(entity.names().labelPlural());
        return contains(words, singular) || contains(words, plural);
    }

    /** Whether {@code phrase} occurs in {@code words} as consecutive words. */
    private static boolean contains(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Naming.humanLabel(Objects.toString(text, "")).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}-]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

}
