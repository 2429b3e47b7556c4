package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.EntityVocabulary.Known;
import dev.truecoding.assistant.guided.EntityVocabulary.Link;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a first TechnicalPlan from a BusinessPlan. The data model comes from the nouns of the must-have (and
 * should-have) features: known things ("recipes", "bookings") get their typical fields, other plural nouns a
 * name and a description; feature words add fields to the main entity ("photo" → imageUrl, "due" → dueDate) and
 * environment variables ("payments" → Stripe keys). There is always at least one entity.
 */
final class PlanDeriver {

    private static final int MAX_ENTITIES = 8;
    private static final int MAX_UNKNOWN_ENTITIES = 3;
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** Feature words that add a field to the main entity. */
    private static final Map<Pattern, String> FIELD_HINTS = fieldHints();
    /** Feature words that need a configured secret or key. */
    private static final Map<Pattern, List<EnvVariable>> ENV_HINTS = envHints();

    private PlanDeriver() {
    }

    static TechnicalPlan derive(BusinessPlan plan) {
        List<Feature> features = buildFeatures(plan);
        boolean portuguese = Language.of(featureTexts(all(plan), plan)).isPortuguese();
        Map<String, Candidate> candidates = candidates(featureTexts(features, null), portuguese);
        if (candidates.isEmpty()) {
            candidates = candidates(featureTexts(all(plan), plan), portuguese);
        }
        String featureText = text(features);
        List<Entity> entities = new ArrayList<>();
        Candidate main = main(candidates);
        if (main != null) {
            entities.add(main.entity(features, portuguese));
        }
        for (Candidate candidate : candidates.values()) {
            if (candidate != main) {
                entities.add(candidate.entity(features, portuguese));
            }
        }
        if (entities.isEmpty()) {
            entities.add(fallbackEntity(plan));
        }
        Map<String, String> things = new LinkedHashMap<>();
        candidates.values().forEach(candidate -> things.put(candidate.noun(), candidate.name()));
        // a compound ("walk report", "item do cardápio") is also meant by its first or last word alone
        candidates.values().stream().filter(c -> c.noun().contains(" ")).forEach(candidate -> {
            String[] words = candidate.noun().split(" ");
            things.putIfAbsent(words[0], candidate.name());
            things.putIfAbsent(words[words.length - 1], candidate.name());
        });
        FeatureLinks.Links links = FeatureLinks.read(featureTexts(features, null), things, portuguese);
        entities.replaceAll(entity -> withFields(entity, links.fields().getOrDefault(entity.name(), List.of())));
        entities.set(0, withHintedFields(entities.getFirst(), featureText, entities));
        entities.replaceAll(entity -> withoutFieldsThatAreEntities(entity, entities));
        List<Relationship> relationships = new ArrayList<>();
        for (FeatureLinks.Link link : links.links()) {
            addIfNew(relationships, link.owner(), link.owned(), RelationshipType.ONE_TO_MANY);
        }
        for (Relationship known : relationships(candidates, relationships)) {
            addIfNew(relationships, known.from(), known.to(), known.type());
        }
        DataModel model = new DataModel(List.copyOf(entities), List.copyOf(relationships));
        Language language = portuguese ? Language.PORTUGUESE : Language.ENGLISH;
        TechnicalPlan base = new TechnicalPlan(PlanDefaults.architecture(language), PlanDefaults.stack(language), null,
                null, null, null, null, PlanDefaults.cicd(), null);
        return DerivedParts.complete(base, model, environment(text(all(plan))), language);
    }

    /** A thing the features name: a known one (with its typical fields) or one of the person's own words. */
    private record Candidate(String noun, String name, Known known) {

        Entity entity(List<Feature> features, boolean portuguese) {
            if (known != null) {
                return new Entity(known.name(), known.description(), known.fields());
            }
            String label = noun.replace('-', ' ');
            String source = features.stream()
                    .filter(f -> lower(f.name() + " " + f.description()).contains(label.split(" ")[0]))
                    .map(Feature::name)
                    .findFirst().orElse(null);
            String description = portuguese
                    ? FreeText.capitalize(label) + (source == null ? "" : ", da funcionalidade “" + source + "”")
                    : "A " + label + (source == null ? "" : ", from the feature “" + source + "”");
            return new Entity(name, description, portuguese
                    ? List.of(new Field("nome", "string", true, null, null, null),
                    new Field("descricao", "text", false, null, null, null))
                    : List.of(new Field("name", "string", true, null, null, null),
                    new Field("description", "text", false, null, null, null)));
        }
    }

    private static List<String> featureTexts(List<Feature> features, BusinessPlan plan) {
        List<String> texts = new ArrayList<>();
        for (Feature feature : features) {
            texts.add(lower(feature.name()) + " . " + lower(feature.description()));
        }
        if (plan != null) {
            texts.add(lower(plan.description()));
            texts.add(lower(plan.problemStatement()));
        }
        return texts;
    }

    private static Map<String, Candidate> candidates(List<String> texts, boolean portuguese) {
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        List<EntityFinder.Found> found = new ArrayList<>(EntityFinder.find(texts, portuguese));
        // A review holds its rating: both would be the same data twice.
        if (found.stream().anyMatch(f -> f.name().equals("Review"))) {
            found.removeIf(f -> f.name().equals("Rating"));
        }
        for (EntityFinder.Found thing : found) {
            if (chosen.size() < MAX_ENTITIES) {
                chosen.put(thing.noun(), new Candidate(thing.noun(), thing.name(), thing.known().orElse(null)));
            }
        }
        return chosen;
    }

    /** Fields the features name for a thing ("services with prices"), unless it has a field of that name already. */
    private static Entity withFields(Entity entity, List<Field> implied) {
        List<Field> fields = new ArrayList<>(entity.fields());
        for (Field field : implied) {
            if (fields.stream().noneMatch(f -> f.name().equals(field.name()))) {
                fields.add(field);
            }
        }
        return fields.size() == entity.fields().size() ? entity : new Entity(entity.name(), entity.description(), List.copyOf(fields));
    }

    /** "Recipe.ingredients: text" next to an Ingredient entity says the same thing twice; the entity wins. */
    private static Entity withoutFieldsThatAreEntities(Entity entity, List<Entity> entities) {
        List<Field> fields = entity.fields().stream()
                .filter(field -> entities.stream().noneMatch(other -> other != entity
                        && EntityNaming.singular(field.name()).equalsIgnoreCase(other.name())))
                .toList();
        return fields.size() == entity.fields().size() || fields.isEmpty() ? entity
                : new Entity(entity.name(), entity.description(), fields);
    }

    /** The relationships the vocabulary knows; a dependent the features already gave an owner keeps that one. */
    private static List<Relationship> relationships(Map<String, Candidate> candidates, List<Relationship> fromFeatures) {
        List<Relationship> relationships = new ArrayList<>();
        Candidate main = main(candidates);
        for (Candidate candidate : candidates.values()) {
            Known known = candidate.known();
            if (known == null || main == null) {
                continue;
            }
            String name = known.name();
            String mainName = main.name();
            switch (known.link()) {
                case GROUPS_MAIN -> addIfNew(relationships, name, mainName, RelationshipType.ONE_TO_MANY);
                case TAGS_MAIN -> addIfNew(relationships, mainName, name, RelationshipType.MANY_TO_MANY);
                case OWNED, NONE -> {
                    String owner = known.owners().stream().filter(candidates::containsKey).findFirst().orElse(null);
                    if (owner != null) {
                        addIfNew(relationships, candidates.get(owner).name(), name, RelationshipType.ONE_TO_MANY);
                    } else if (known.dependent() && candidate != main
                            && fromFeatures.stream().noneMatch(r -> r.to().equals(name))) {
                        addIfNew(relationships, mainName, name, RelationshipType.ONE_TO_MANY);
                    }
                }
            }
        }
        return List.copyOf(relationships);
    }

    /** What the app is mainly about: the first thing that is neither a label, a group nor a dependent. */
    private static Candidate main(Map<String, Candidate> candidates) {
        return candidates.values().stream()
                .filter(c -> c.known() == null || c.known().link() == Link.OWNED && !c.known().dependent())
                .findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.values().iterator().next());
    }

    private static void addIfNew(List<Relationship> relationships, String from, String to, RelationshipType type) {
        if (from.equals(to)) {
            return;
        }
        boolean exists = relationships.stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to)
                || r.from().equals(to) && r.to().equals(from));
        if (!exists) {
            relationships.add(new Relationship(from, to, type, PlanEditor.describe(from, to, type)));
        }
    }

    /** Adds the fields feature words imply, unless an entity of its own already holds that data (Photo). */
    private static Entity withHintedFields(Entity entity, String featureText, List<Entity> entities) {
        List<Field> fields = new ArrayList<>(entity.fields());
        boolean hasPhotos = entities.stream().anyMatch(e -> e.name().equals("Photo"));
        boolean hasRatings = entities.stream().anyMatch(e -> e.name().equals("Review") || e.name().equals("Rating"));
        FIELD_HINTS.forEach((pattern, notation) -> {
            String hintedName = notation.substring(0, notation.indexOf(':'));
            boolean heldElsewhere = entities.stream().anyMatch(e -> e.fields().stream().anyMatch(f -> f.name().equals(hintedName)));
            boolean covered = notation.startsWith("imageUrl") && hasPhotos || notation.startsWith("rating") && hasRatings
                    || heldElsewhere;
            if (!covered && pattern.matcher(featureText).find()) {
                Field hinted = NotationParser.field(notation).orElseThrow();
                if (fields.stream().noneMatch(f -> f.name().equals(hinted.name()) || f.type().equals(hinted.type())
                        && hinted.type().equals("url"))) {
                    fields.add(hinted);
                }
            }
        });
        return new Entity(entity.name(), entity.description(), List.copyOf(fields));
    }

    private static List<EnvVariable> environment(String allFeatureText) {
        List<EnvVariable> variables = new ArrayList<>();
        ENV_HINTS.forEach((pattern, implied) -> {
            if (pattern.matcher(allFeatureText).find()) {
                implied.stream().filter(v -> variables.stream().noneMatch(e -> e.name().equals(v.name())))
                        .forEach(variables::add);
            }
        });
        return variables;
    }

    private static Entity fallbackEntity(BusinessPlan plan) {
        String appName = plan.name() == null ? "the app" : plan.name();
        return new Entity("Item", "The main thing people keep in " + appName, List.of(
                new Field("name", "string", true, null, null, null),
                new Field("description", "text", false, null, null, null),
                new Field("status", "enum: active|archived", true, null, "active", null)));
    }

    /** Must-haves and should-haves: what the first version is built from. */
    private static List<Feature> buildFeatures(BusinessPlan plan) {
        return all(plan).stream().filter(f -> f.priority() != Priority.NICE_TO_HAVE).toList();
    }

    private static List<Feature> all(BusinessPlan plan) {
        List<Feature> all = new ArrayList<>();
        if (plan.coreFeatures() != null) {
            all.addAll(plan.coreFeatures());
        }
        if (plan.niceToHaveFeatures() != null) {
            all.addAll(plan.niceToHaveFeatures());
        }
        all.removeIf(f -> f == null || f.name() == null);
        return all;
    }

    private static String text(List<Feature> features) {
        StringBuilder text = new StringBuilder();
        for (Feature feature : features) {
            text.append(lower(feature.name())).append(" . ").append(lower(feature.description())).append(" . ");
        }
        return text.toString();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static Map<Pattern, String> fieldHints() {
        Map<Pattern, String> hints = new LinkedHashMap<>();
        hints.put(Pattern.compile("\\b(?:photos?|images?|pictures?|pics?)\\b"), "imageUrl: url");
        hints.put(Pattern.compile("\\b(?:due|deadlines?)\\b"), "dueDate: date");
        hints.put(Pattern.compile("\\b(?:favou?rites?|bookmarks?|starred)\\b"), "favorite: boolean default false");
        hints.put(Pattern.compile("\\b(?:rate|rating|ratings|stars)\\b"), "rating: int");
        hints.put(Pattern.compile("\\b(?:address|locations?|maps?|nearby)\\b"), "address: string");
        hints.put(Pattern.compile("\\b(?:prices?|costs?|sell|selling)\\b"), "price: money");
        hints.put(Pattern.compile("\\b(?:public|private|share|sharing|visibility)\\b"), "visibility: enum: private|public default private");
        return hints;
    }

    private static Map<Pattern, List<EnvVariable>> envHints() {
        Map<Pattern, List<EnvVariable>> hints = new LinkedHashMap<>();
        hints.put(Pattern.compile("\\b(?:pay(?:ment)?s?|checkout|billing|stripe|subscriptions?|donations?)\\b"), List.of(
                new EnvVariable("STRIPE_SECRET_KEY", "Stripe secret key, for payments", false, true, "sk_test_placeholder"),
                new EnvVariable("STRIPE_WEBHOOK_SECRET", "Verifies Stripe webhook calls", false, true, "whsec_placeholder"),
                new EnvVariable("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "Stripe publishable key, used in the browser", false, false, "pk_test_placeholder")));
        hints.put(Pattern.compile("\\b(?:e-?mails?|notifications?|invites?|invitations?|newsletters?|reminders?)\\b"), List.of(
                new EnvVariable("SMTP_URL", "Mail server for outgoing email", false, true, "smtp://user:password@smtp.example.com:587"),
                new EnvVariable("EMAIL_FROM", "Sender address of outgoing email", false, false, "hello@example.com")));
        hints.put(Pattern.compile("\\b(?:ai|gpt|llm|openai|recommendations?|summar\\w*|generated?|assistant)\\b"), List.of(
                new EnvVariable("AI_API_KEY", "API key of the AI model provider", false, true, "your-ai-api-key")));
        hints.put(Pattern.compile("\\b(?:maps?|geolocation|nearby|directions)\\b"), List.of(
                new EnvVariable("NEXT_PUBLIC_MAPS_API_KEY", "Maps API key, used in the browser", false, false, "your-maps-key")));
        hints.put(Pattern.compile("\\b(?:uploads?|photos?|images?|files?|attachments?|avatars?)\\b"), List.of(
                new EnvVariable("BLOB_READ_WRITE_TOKEN", "Vercel Blob token for uploaded files", false, true, "vercel_blob_rw_placeholder")));
        hints.put(Pattern.compile("\\b(?:log ?in|sign[- ]?in|sign[- ]?up|accounts?|auth\\w*|passwords?)\\b"), List.of(
                new EnvVariable("AUTH_SECRET", "Signs session cookies", false, true, "generate-with-openssl-rand-base64-32")));
        hints.put(Pattern.compile("\\bsms\\b|\\btext messages?\\b"), List.of(
                new EnvVariable("SMS_API_KEY", "SMS provider API key", false, true, "your-sms-key")));
        return hints;
    }
}
