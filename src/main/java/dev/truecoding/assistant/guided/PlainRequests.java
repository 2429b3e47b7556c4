package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;
import dev.truecoding.assistant.guided.PlanEdit.AddField;
import dev.truecoding.assistant.guided.PlanEdit.DefineEntity;
import dev.truecoding.assistant.guided.PlanEdit.Relate;
import dev.truecoding.assistant.guided.PlanEdit.RemoveEntity;
import dev.truecoding.assistant.guided.PlanEdit.RemoveField;
import dev.truecoding.assistant.guided.PlanEdit.RenameEntity;
import dev.truecoding.assistant.guided.PlanEdit.RenameField;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads requests for plan changes written the way people ask, in English or Portuguese, and turns them into the
 * same edits the notation makes — so planning and the iteration chat share one reader:
 * <ul>
 *   <li>"each recipe also has a photo and who added it", "cada receita tem uma foto" → fields</li>
 *   <li>"add a rating to recipes", "adicione avaliação às receitas" → a field</li>
 *   <li>"rename Meeting to Gathering", "renomeie Reunião para Encontro" → an entity (or field) renamed</li>
 *   <li>"drop the phone number from members", "remova o telefone dos membros" → a field removed</li>
 *   <li>"add a Tag entity, many-to-many with Recipe" → an entity and its relationship</li>
 *   <li>"add a page that lists ingredients" → the entity whose pages list them (every entity gets its pages)</li>
 * </ul>
 * A request is read only when every part of it is understood against the current plan: an entity it names must
 * exist (or be the one it adds), a field it removes must be there. Anything else is left unread — never guessed —
 * and the person gets the notation instead.
 */
final class PlainRequests {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A request is one sentence; longer lines are not read (which also keeps the patterns' work small). */
    private static final int MAX_REQUEST = 300;
    private static final String FILLER = "^(?:(?:please|can you|could you|i want to|i'd like to|let's|and|also|por favor|"
            + "pode|quero|você pode|vc pode|dá pra|da pra)[,]?\\s+)*";
    private static final Pattern EACH_HAS = Pattern.compile(FILLER
            + "(?:can\\s+)?(?:each|every|cada)\\s+(.+?)\\s+(?:also\\s+|também\\s+|tambem\\s+)?(?:have|has|get|gets|need|needs"
            + "|should have|tem|terá|tenha|precisa ter|deve ter|ter)\\s+(.+?)\\??$", FLAGS);
    private static final Pattern RENAME = Pattern.compile(FILLER
            + "(?:rename|renomei(?:e|a)|renomear|troc(?:a|ar|que) o nome d[eoa]s?)\\s+(?:the\\s+|o\\s+|a\\s+)?(.+?)\\s+"
            + "(?:to|as|para|pra|como)\\s+(.+?)\\.?$", FLAGS);
    private static final Pattern REMOVE_FROM = Pattern.compile(FILLER
            + "(?:drop|remove|delete|get rid of|take out|remov(?:a|e|er)|tir(?:a|e|ar)|exclu(?:a|ir|i)|apag(?:a|ue|ar))\\s+"
            + "(?:the\\s+|o\\s+|a\\s+|os\\s+|as\\s+)?(.+?)\\s+(?:from|of|on|in|d[eoa]s?|em|n[oa]s?)\\s+(?:the\\s+|each\\s+|every\\s+)?"
            + "(.+?)\\.?$", FLAGS);
    private static final Pattern ADD_ENTITY = Pattern.compile(FILLER
            + "(?:add|create|adicion(?:e|a|ar)|cri(?:e|a|ar))\\s+(?:an?\\s+|uma\\s+|um\\s+)?(?:(?:new\\s+)?entity\\s+|entidade\\s+)?"
            + "([\\p{L}][\\p{L}\\p{N} ]{0,40}?)(?:\\s+entity|\\s+entidade)?(?:\\s*,?\\s*(?:with a\\s+|with\\s+|com\\s+|como\\s+)?"
            + "(many[- ]to[- ]many|one[- ]to[- ]many|many[- ]to[- ]one|one[- ]to[- ]one|muitos[- ]para[- ]muitos"
            + "|um[- ]para[- ]muitos|muitos[- ]para[- ]um|um[- ]para[- ]um)\\s+(?:with|to|and|com|para|e)\\s+(.+?))?\\.?$", FLAGS);
    private static final Pattern PAGE = Pattern.compile(FILLER
            + "(?:add|create|i need|we need|adicion(?:e|a|ar)|cri(?:e|a|ar)|quero)\\s+(?:an?\\s+|uma\\s+)?(?:new\\s+|nova\\s+)?"
            + "(?:page|screen|página|pagina|tela)\\s+(?:that\\s+(?:lists|shows)|listing|showing|with(?:\\s+all)?|for|of"
            + "|que\\s+(?:lista|mostra)|com(?:\\s+(?:os|as|todos os|todas as))?|de|para)\\s+(?:the\\s+|all\\s+|os\\s+|as\\s+)?(.+?)\\.?$",
            FLAGS);
    /** "recipes should have a rating", "as receitas devem ter uma avaliação", "members also have a phone". */
    private static final Pattern SHOULD_HAVE = Pattern.compile(FILLER
            + "(?:all\\s+|todos\\s+os\\s+|todas\\s+as\\s+)?(.+?)\\s+(?:also\\s+|também\\s+|tambem\\s+)?(?:should|must|need to|needs to|will|could"
            + "|devem|deve|deveriam|precisam|precisa|podem|pode)\\s+(?:also\\s+|também\\s+|tambem\\s+)?(?:have|get|show|store|keep|ter|mostrar|guardar)\\s+(.+?)\\??$",
            FLAGS);
    /** "remove the difficulty field", "drop difficulty", "remova o campo dificuldade", "remove the Review entity". */
    private static final Pattern REMOVE_ALONE = Pattern.compile(FILLER
            + "(?:drop|remove|delete|get rid of|take out|remov(?:a|e|er)|tir(?:a|e|ar)|exclu(?:a|ir|i)|apag(?:a|ue|ar))\\s+"
            + "(?:the\\s+|o\\s+|a\\s+|os\\s+|as\\s+)?(?:(field|entity|campo|entidade)\\s+)?(.+?)(?:\\s+(field|entity))?\\.?$", FLAGS);
    /** Where an added field goes: "… to recipes", "… às receitas". */
    private static final Pattern TARGET = Pattern.compile(
            "\\s(?:to|on|in|for|into|a|à|às|ao|aos|em|no|na|nos|nas|para|pras?|pros?)\\s+(?:the\\s+|each\\s+|every\\s+|all\\s+|cada\\s+|todos os\\s+|todas as\\s+)?", FLAGS);
    private static final Pattern ADD = Pattern.compile(FILLER
            + "(?:add|include|put|store|track|keep|adicion(?:e|a|ar)|inclu(?:a|i|ir)|coloc(?:a|ar|que)|guard(?:e|a|ar))\\s+(.+?)\\.?$", FLAGS);
    /** Said at the end and meaning nothing for the change: "please", "everywhere", "em todo o app". */
    private static final Pattern TRAILING_WORDS = Pattern.compile(
            "(?:[\\s,]+(?:please|pls|thanks|thank you|por favor|obrigad[oa]|everywhere|across the app|in the whole app"
            + "|em todo (?:o )?(?:lugar|app|sistema)|em todos os lugares|no app (?:todo|inteiro)))+[\\s.!?]*$", FLAGS);
    /** A unit after a field: "prep time in minutes" → prepMinutes: int, "tempo de preparo em minutos" → tempoPreparoMinutos. */
    private static final Pattern UNIT = Pattern.compile("^(.+?)\\s*(?:\\(\\s*(?:in\\s+|em\\s+)?|\\s(?:in|em|measured in|em termos de)\\s+)"
            + "(minutes|mins?|hours|days|weeks|months|years|seconds|kg|kilos|grams|g|km|miles|meters|metres|cm|calories|kcal|servings|people"
            + "|minutos|horas|dias|semanas|meses|anos|segundos|quilos|gramas|metros|calorias|porções|porcoes|pessoas)\\s*\\)?$", FLAGS);
    /** A type said with the field: "rating (decimal)", "rating as a decimal", "rating: decimal", "notes como texto". */
    private static final Pattern TYPED = Pattern.compile("^(.+?)\\s*(?:\\(\\s*|:\\s*|\\s+(?:as|como)\\s+(?:an?\\s+|um\\s+|uma\\s+)?)([\\p{L}-]+)\\s*\\)?$", FLAGS);
    /** A rating's scale says nothing of its type: "a rating from 1 to 5", "uma nota de 1 a 5", "stars out of 5". */
    private static final Pattern SCALE = Pattern.compile("^(.+?)\\s+(?:from\\s+\\d+\\s+to\\s+\\d+|de\\s+\\d+\\s+a\\s+\\d+|out of\\s+\\d+|\\(\\s*\\d+\\s*-\\s*\\d+\\s*\\))$", FLAGS);
    /** "many tags", "vários ingredientes": a thing of its own, not a field. */
    private static final Pattern MANY = Pattern.compile("^(?:many|several|multiple|some|a few|a list of|lots of|vári[oa]s|muit[oa]s|alguns|algumas|uma lista de)\\s+(.+)$", FLAGS);
    private static final Pattern SPLIT_FIELDS = Pattern.compile("\\s*,\\s*(?:and\\s+|e\\s+)?|\\s+(?:and|e|plus|\\+)\\s+", FLAGS);
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:an?|the|its|their|own|um|uma|o|a|os|as|seu|sua|its own|also|também)\\s+", FLAGS);
    /** What people call common fields, and the field each phrase makes (English name, Portuguese name). */
    private static final Map<Pattern, String[]> KNOWN_FIELDS = knownFields();

    /**
     * @param edits   what the request asks, in order; {@code reason} says why it could not be read when it is empty
     * @param choices when the words could name several entities: the request again with each one's name, for the
     *                person to pick (shown as buttons); empty otherwise
     */
    record Reading(List<PlanEdit> edits, Said reason, List<String> choices) {
        Reading(List<PlanEdit> edits, Said reason) {
            this(edits, reason, List.of());
        }

        boolean understood() {
            return !edits.isEmpty();
        }
    }

    private PlainRequests() {
    }

    static Reading read(String request, TechnicalPlan plan) {
        return read(request, plan, null);
    }

    /** @param business the plan's BusinessPlan, whose features may name the entities in another language; may be null */
    static Reading read(String request, TechnicalPlan plan, BusinessPlan business) {
        String line = TRAILING_WORDS.matcher(FreeText.oneLine(request)).replaceFirst("");
        if (line.length() > MAX_REQUEST) {
            return new Reading(List.of(), Said.of("request.tooLong"));
        }
        EntityWords entities = EntityWords.of(plan, business);
        Matcher page = PAGE.matcher(line);
        if (page.matches()) {
            return page(line, page.group(1), entities);
        }
        Matcher addEntity = ADD_ENTITY.matcher(line);
        if (addEntity.matches() && (line.toLowerCase(Locale.ROOT).contains("entit") || addEntity.group(2) != null)) {
            return addEntity(line, addEntity.group(1), addEntity.group(2), addEntity.group(3), entities);
        }
        Matcher each = EACH_HAS.matcher(line);
        if (each.matches()) {
            return addFields(line, each.group(1), each.group(2), entities);
        }
        Matcher should = SHOULD_HAVE.matcher(line);
        if (should.matches() && entities.match(should.group(1)).any()) {
            return addFields(line, should.group(1), should.group(2), entities);
        }
        Matcher rename = RENAME.matcher(line);
        if (rename.matches()) {
            return rename(line, rename.group(1), rename.group(2), entities);
        }
        Matcher remove = REMOVE_FROM.matcher(line);
        if (remove.matches() && entities.match(remove.group(2)).any()) {
            return removeField(line, remove.group(1), remove.group(2), entities);
        }
        Matcher alone = REMOVE_ALONE.matcher(line);
        if (alone.matches()) {
            String kind = alone.group(1) != null ? alone.group(1) : alone.group(3);
            return removeAlone(line, alone.group(2), kind, entities);
        }
        Matcher add = ADD.matcher(line);
        if (add.matches()) {
            return add(line, add.group(1), entities);
        }
        return new Reading(List.of(), null);
    }

    /** "add X to Y": the last "to"/"às"/… that is followed by an entity splits it; one entity alone needs none. */
    private static Reading add(String line, String words, EntityWords entities) {
        Matcher target = TARGET.matcher(words);
        List<int[]> splits = new ArrayList<>();
        while (target.find()) {
            splits.add(new int[]{target.start(), target.end()});
        }
        for (int i = splits.size() - 1; i >= 0; i--) {
            String entityWords = words.substring(splits.get(i)[1]);
            if (entities.match(entityWords).any()) {
                return addFields(line, entityWords, words.substring(0, splits.get(i)[0]), entities);
            }
        }
        // without a "to …", only what is surely a field ("a prep time in minutes", "a photo") is read as one
        boolean portuguese = Language.portugueseScore(line) > 0;
        boolean fields = SPLIT_FIELDS.splitAsStream(words).map(part -> ARTICLE.matcher(part.strip()).replaceFirst(""))
                .allMatch(part -> surelyAField(part, portuguese));
        if (!fields) {
            return new Reading(List.of(), null);
        }
        List<Entity> all = entities.entities();
        if (all.size() == 1) {
            return addFields(line, all.getFirst().name(), words, entities);
        }
        // the person picks: each button is the request with an entity named
        String to = Language.portugueseScore(line) > 0 ? " a " : " to ";
        String said = splits.isEmpty() ? "" : words.substring(splits.getLast()[1]);
        List<String> choices = all.size() > 6 ? List.of() : all.stream().map(e -> splits.isEmpty()
                ? FreeText.withoutTrailingPunctuation(line) + to + e.name()
                : line.substring(0, line.lastIndexOf(said)) + e.name()).toList();
        return new Reading(List.of(), splits.isEmpty() ? Said.of("request.whichEntity", names(all))
                : Said.of("request.noEntityWhich", FreeText.cap(said, 40), names(all)), choices);
    }

    /** "remove the difficulty field": the one entity with such a field; an entity when it names one. */
    private static Reading removeAlone(String line, String words, String kind, EntityWords entities) {
        String lowerKind = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        boolean field = lowerKind.equals("field") || lowerKind.equals("campo");
        Optional<Entity> named = entity(words, entities);
        if (!field && entities.match(words).ambiguous()) {
            return which(line, words, entities.match(words));
        }
        if (!field && named.isPresent()) {
            return new Reading(List.of(new RemoveEntity(line, named.get().name())), null);
        }
        if (lowerKind.startsWith("entit")) {
            return new Reading(List.of(), Said.of("request.noEntity", FreeText.cap(words, 40)));
        }
        List<String[]> found = new ArrayList<>();
        for (Entity entity : entities.entities()) {
            matchingField(words, entity).ifPresent(f -> found.add(new String[]{entity.name(), f.name()}));
        }
        if (found.size() == 1) {
            return new Reading(List.of(new RemoveField(line, found.getFirst()[0], found.getFirst()[1])), null);
        }
        if (found.isEmpty()) {
            return new Reading(List.of(), Said.of("request.noEntityOrField", FreeText.cap(words, 40)));
        }
        return new Reading(List.of(), Said.of("request.severalHaveField", FreeText.cap(words, 40),
                String.join(", ", found.stream().map(f -> f[0] + "." + f[1]).toList()), found.getFirst()[0]));
    }

    private static String names(List<Entity> entities) {
        return String.join(", ", entities.stream().map(Entity::name).toList());
    }

    /** Where one request ends and the next begins: ", and drop …", "; rename …", " e remova …", " and then …". */
    private static final Pattern NEXT_REQUEST = Pattern.compile("\\s*;\\s*|(?:\\s*,\\s*(?:and\\s+|also\\s+|then\\s+|e\\s+|também\\s+|depois\\s+)*"
            + "|\\s+(?:and then|and also|and|e depois|e também|e)\\s+)(?=(?:please\\s+|por favor\\s+)?(?:add|remove|drop|delete|rename|create"
            + "|include|put|get rid of|take out|each|every|adicion\\p{L}*|remov\\p{L}*|renome\\p{L}*|tir[ae]\\b|exclu\\p{L}*|apag\\p{L}*"
            + "|cri[ae]\\b|inclu\\p{L}*|coloqu?\\p{L}*|cada)\\b)", FLAGS);

    /** The requests one sentence holds; one element when it holds one (or is too long to split). */
    static List<String> clauses(String request) {
        String line = FreeText.oneLine(request);
        if (line.length() > MAX_REQUEST) {
            return List.of(line);
        }
        return java.util.Arrays.stream(NEXT_REQUEST.split(line)).map(String::strip).filter(FreeText::hasWords).toList();
    }

    private static Reading addFields(String line, String entityWords, String fieldWords, EntityWords entities) {
        Optional<Entity> entity = entity(entityWords, entities);
        if (entities.match(entityWords).ambiguous()) {
            return which(line, entityWords, entities.match(entityWords));
        }
        if (entity.isEmpty()) {
            return new Reading(List.of(), Said.of("request.noEntity", FreeText.cap(entityWords, 40)));
        }
        boolean portuguese = namedInPortuguese(entity.get()).orElse(Language.portugueseScore(line) > 0);
        List<PlanEdit> edits = new ArrayList<>();
        for (String part : SPLIT_FIELDS.split(fieldWords)) {
            String phrase = ARTICLE.matcher(FreeText.withoutTrailingPunctuation(part.strip())).replaceFirst("");
            if (!FreeText.hasWords(phrase)) {
                continue;
            }
            Matcher many = MANY.matcher(phrase);
            String thing = many.matches() ? many.group(1) : phrase;
            // a common field ("a rating", "avaliação") is a field unless an entity has that very name
            EntityWords.Match otherMatch = entities.match(thing, many.matches() || knownField(thing, portuguese).isEmpty()
                    ? EntityWords.Reach.ALL : EntityWords.Reach.NAME);
            Optional<Entity> other = otherMatch.found() ? Optional.of(otherMatch.entity()) : Optional.empty();
            if (other.isPresent() && !other.get().name().equals(entity.get().name())) {
                // "each member has a shelf": the thing has many of the other
                edits.add(new Relate(line, entity.get().name(), other.get().name(), RelationshipType.ONE_TO_MANY));
                continue;
            }
            if (many.matches() && other.isEmpty() && FreeText.wordCount(thing) <= 3 && thing.matches("[\\p{L}][\\p{L} ]*")) {
                // "each recipe has many ingredients": ingredients become a thing of their own, listed under the recipe
                String singular = portuguese ? Language.portugueseSingular(thing.toLowerCase(Locale.ROOT))
                        : EntityNaming.singular(thing.toLowerCase(Locale.ROOT));
                String name = NotationParser.entityName(plain(singular));
                edits.add(new DefineEntity(line, name, List.of(nameField(portuguese))));
                edits.add(new Relate(line, entity.get().name(), name, RelationshipType.ONE_TO_MANY));
                continue;
            }
            Optional<Field> field = field(phrase, portuguese);
            if (field.isEmpty()) {
                return new Reading(List.of(), Said.of("request.fieldKind", FreeText.cap(phrase, 40)));
            }
            edits.add(new AddField(line, entity.get().name(), field.get()));
        }
        return new Reading(edits, edits.isEmpty() ? Said.of("request.noFieldNamed") : null);
    }

    private static Reading rename(String line, String fromWords, String toWords, EntityWords entities) {
        boolean field = fromWords.matches("(?i)^(?:field|campo)\\s.*|.*\\s(?:field|campo)$");
        String from = FreeText.unquoted(fromWords.replaceFirst("(?i)^(?:entity|entidade|field|campo)\\s+", "")
                .replaceFirst("(?i)\\s+(?:entity|entidade|field|campo)$", ""));
        String to = FreeText.unquoted(FreeText.withoutTrailingPunctuation(toWords));
        // a name is words: "Gathering; make it pop" is a name and another sentence
        if (!FreeText.hasWords(to) || FreeText.wordCount(to) > 3 || !to.matches("[\\p{L}\\p{N}_ '’-]+")) {
            return new Reading(List.of(), Said.of("request.newNameUnclear"));
        }
        if (!field && entities.match(from).ambiguous()) {
            return which(line, from, entities.match(from));
        }
        Optional<Entity> entity = field ? Optional.empty() : entity(from, entities);
        if (entity.isPresent()) {
            return new Reading(List.of(new RenameEntity(line, entity.get().name(), NotationParser.entityName(plain(to)))), null);
        }
        List<String[]> fields = new ArrayList<>();
        for (Entity candidate : entities.entities()) {
            matchingField(from, candidate).ifPresent(f -> fields.add(new String[]{candidate.name(), f.name()}));
        }
        if (fields.size() == 1) {
            return new Reading(List.of(new RenameField(line, fields.getFirst()[0], fields.getFirst()[1],
                    NotationParser.fieldName(plain(to)))), null);
        }
        return new Reading(List.of(), fields.isEmpty() ? Said.of("request.noEntityOrField", FreeText.cap(from, 40))
                : Said.of("request.severalHaveField", FreeText.cap(from, 40),
                String.join(", ", fields.stream().map(f -> f[0] + "." + f[1]).toList()), fields.getFirst()[0]));
    }

    private static Reading removeField(String line, String fieldWords, String entityWords, EntityWords entities) {
        if (entities.match(entityWords).ambiguous()) {
            return which(line, entityWords, entities.match(entityWords));
        }
        Optional<Entity> entity = entity(entityWords, entities);
        if (entity.isEmpty()) {
            return new Reading(List.of(), Said.of("request.noEntity", FreeText.cap(entityWords, 40)));
        }
        Optional<Field> field = matchingField(fieldWords, entity.get());
        if (field.isEmpty()) {
            return new Reading(List.of(), Said.of("request.noFieldLike", entity.get().name(), FreeText.cap(fieldWords, 40)));
        }
        return new Reading(List.of(new RemoveField(line, entity.get().name(), field.get().name())), null);
    }

    private static Reading addEntity(String line, String nameWords, String kind, String otherWords, EntityWords entities) {
        String name = NotationParser.entityName(plain(FreeText.unquoted(nameWords.strip())));
        if (name.isEmpty() || FreeText.wordCount(nameWords) > 3) {
            return new Reading(List.of(), Said.of("request.entityNameUnclear"));
        }
        boolean portuguese = Language.portugueseScore(line) > 0;
        List<PlanEdit> edits = new ArrayList<>();
        // a name the person chose is a new entity unless the plan already has it by that name
        if (!entities.match(name, EntityWords.Reach.NAME).any()) {
            edits.add(new DefineEntity(line, name, List.of(nameField(portuguese))));
        }
        if (kind != null) {
            if (entities.match(otherWords).ambiguous()) {
                return which(line, otherWords, entities.match(otherWords));
            }
            Optional<Entity> other = entity(otherWords, entities);
            if (other.isEmpty()) {
                return new Reading(List.of(), Said.of("request.noEntity", FreeText.cap(otherWords, 40)));
            }
            edits.add(relate(line, name, kind, other.get().name()));
        }
        return new Reading(edits, edits.isEmpty() ? Said.of("request.entityExists", name) : null);
    }

    /** Every entity has a list page; a page of things the plan does not hold yet means holding them. */
    private static Reading page(String line, String thingWords, EntityWords entities) {
        if (entities.match(thingWords).ambiguous()) {
            return which(line, thingWords, entities.match(thingWords));
        }
        Optional<Entity> entity = entity(thingWords, entities);
        if (entity.isPresent()) {
            return new Reading(List.of(), Said.of("request.pageExists", entity.get().name(), EntityNaming.route(entity.get().name())));
        }
        String words = FreeText.withoutTrailingPunctuation(thingWords);
        if (FreeText.wordCount(words) > 3) {
            return new Reading(List.of(), Said.of("request.pageUnclear"));
        }
        boolean portuguese = Language.portugueseScore(line) > 0;
        String singular = String.join(" ", words.split("\\s+")).toLowerCase(Locale.ROOT);
        singular = portuguese ? Language.portugueseSingular(singular) : EntityNaming.singular(singular);
        return new Reading(List.of(new DefineEntity(line, NotationParser.entityName(plain(singular)),
                List.of(nameField(portuguese)))), null);
    }

    private static Field nameField(boolean portuguese) {
        return new Field(portuguese ? "nome" : "name", "string", true, null, null, null);
    }

    private static Relate relate(String line, String first, String kind, String second) {
        String normalized = kind.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (normalized) {
            case "onetoone", "umparaum" -> new Relate(line, first, second, RelationshipType.ONE_TO_ONE);
            case "onetomany", "umparamuitos" -> new Relate(line, first, second, RelationshipType.ONE_TO_MANY);
            case "manytoone", "muitosparaum" -> new Relate(line, second, first, RelationshipType.ONE_TO_MANY);
            default -> new Relate(line, first, second, RelationshipType.MANY_TO_MANY);
        };
    }

    /** The entity the words name: "recipes", "the Recipe", "receitas", "meal plans" → MealPlan; none when unsure. */
    static Optional<Entity> entity(String words, EntityWords entities) {
        EntityWords.Match match = entities.match(words);
        return match.found() ? Optional.of(match.entity()) : Optional.empty();
    }

    /** Words that could name several entities: the person is asked which, with the request as each would read. */
    private static Reading which(String line, String words, EntityWords.Match match) {
        int at = line.toLowerCase(Locale.ROOT).lastIndexOf(words.strip().toLowerCase(Locale.ROOT));
        List<String> choices = at < 0 ? List.of() : match.entities().stream()
                .map(e -> line.substring(0, at) + e.name() + line.substring(at + words.strip().length())).toList();
        return new Reading(List.of(), Said.of("request.whichOf", FreeText.cap(words.strip(), 40), names(match.entities())), choices);
    }

    /** "phone number" finds {@code phone} or {@code phoneNumber}; "photo" finds {@code imageUrl} through its meaning. */
    private static Optional<Field> matchingField(String words, Entity entity) {
        String phrase = ARTICLE.matcher(FreeText.withoutTrailingPunctuation(FreeText.oneLine(words))).replaceFirst("");
        String camel = key(phrase);
        List<Field> fields = entity.fields() == null ? List.of() : entity.fields();
        for (Field field : fields) {
            if (key(field.name()).equals(camel)) {
                return Optional.of(field);
            }
        }
        Optional<Field> known = field(phrase, false).or(() -> field(phrase, true));
        if (known.isPresent()) {
            for (Field field : fields) {
                if (field.name().equals(known.get().name())) {
                    return Optional.of(field);
                }
            }
        }
        List<Field> partial = new ArrayList<>();
        for (Field field : fields) {
            String name = key(field.name());
            if (!name.isEmpty() && (camel.startsWith(name) || name.startsWith(camel))) {
                partial.add(field);
            }
        }
        return partial.size() == 1 ? Optional.of(partial.getFirst()) : Optional.empty();
    }

    /** The field a phrase names when it is one of the common ones: "a photo" → imageUrl: url, "preços" → preco: money. */
    static Optional<Field> knownField(String phrase, boolean portuguese) {
        String lower = ARTICLE.matcher(phrase.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
        for (Map.Entry<Pattern, String[]> known : KNOWN_FIELDS.entrySet()) {
            if (known.getKey().matcher(lower).matches()) {
                return NotationParser.field(known.getValue()[portuguese ? 1 : 0]);
            }
        }
        return Optional.empty();
    }

    /** The field a phrase names: a known one ("a photo" → imageUrl: url), else a short name as text. */
    static Optional<Field> field(String phrase, boolean portuguese) {
        String lower = phrase.toLowerCase(Locale.ROOT).strip();
        Matcher scale = SCALE.matcher(lower);
        if (scale.matches()) {
            lower = scale.group(1);
        }
        Matcher unit = UNIT.matcher(lower);
        if (unit.matches()) {
            return measured(unit.group(1), unit.group(2), portuguese);
        }
        Matcher typed = TYPED.matcher(lower);
        if (typed.matches() && FieldType.parse(typed.group(2)).filter(t -> t.rest().isBlank()).isPresent()
                && FreeText.wordCount(typed.group(1)) <= 3 && typed.group(1).matches("[\\p{L}][\\p{L}\\p{N} -]*")) {
            String name = NotationParser.fieldName(plain(ARTICLE.matcher(typed.group(1)).replaceFirst("")));
            return NotationParser.field(name + ": " + FieldType.parse(typed.group(2)).get().type());
        }
        Optional<Field> known = knownField(lower, portuguese);
        if (known.isPresent()) {
            return known;
        }
        if (FreeText.wordCount(lower) > 3 || !lower.matches("[\\p{L}][\\p{L}\\p{N} -]*")) {
            return Optional.empty();
        }
        // one word said in the other language than the entity's fields: "uma cor" is color next to English fields
        String word = ARTICLE.matcher(lower).replaceFirst("");
        if (FreeText.wordCount(word) == 1) {
            lower = EntityWords.translation(Language.portugueseSingular(word), portuguese)
                    .or(() -> EntityWords.translation(EntityNaming.singular(word), portuguese)).orElse(word);
        }
        String name = NotationParser.fieldName(plain(lower));
        return name.isEmpty() ? Optional.empty() : NotationParser.field(name + ": string");
    }

    private static boolean surelyAField(String phrase, boolean portuguese) {
        String lower = FreeText.withoutTrailingPunctuation(phrase.toLowerCase(Locale.ROOT).strip());
        Matcher scale = SCALE.matcher(lower);
        String unscaled = scale.matches() ? scale.group(1) : lower;
        Matcher typed = TYPED.matcher(unscaled);
        return UNIT.matcher(unscaled).matches() || knownField(unscaled, portuguese).isPresent()
                || typed.matches() && FieldType.parse(typed.group(2)).filter(t -> t.rest().isBlank()).isPresent();
    }

    /**
     * "prep time" in "minutes" → prepMinutes: int; the words "time"/"tempo" and "de" add nothing to the name. The
     * name is in the language the entity's fields are named in ({@code portuguese}): "tempo de preparo em minutos"
     * is {@code prepMinutes} next to English fields, "prep time in minutes" {@code tempoPreparoMinutos} next to
     * Portuguese ones — when every word has a known translation; otherwise the person's own words name it.
     */
    private static Optional<Field> measured(String what, String unit, boolean portuguese) {
        List<String> words = new ArrayList<>(List.of(ARTICLE.matcher(what.strip()).replaceFirst("").split("\\s+")));
        words.removeIf(w -> w.matches("(?i)de|do|da|dos|das|of|the"));
        String unitWord = unit.toLowerCase(Locale.ROOT).matches("mins?") ? "minutes" : unit.toLowerCase(Locale.ROOT);
        boolean saidInPortuguese = unitWord.matches("minutos|horas|dias|semanas|meses|anos|segundos|quilos|gramas|metros"
                + "|calorias|porções|porcoes|pessoas");
        if (saidInPortuguese != portuguese) {
            List<String> translated = translated(words, unitWord, portuguese);
            if (!translated.isEmpty()) {
                unitWord = translated.removeLast();
                words = translated;
            }
        }
        if (words.size() > 1 && words.getLast().matches("(?i)time|duration|length")) {
            words.removeLast();
        } else if (words.size() > 1 && words.getFirst().matches("(?i)tempo|duração|duracao")) {
            words.removeFirst();
            words.addFirst("tempo");
        }
        if (words.isEmpty() || words.size() > 3 || !String.join(" ", words).matches("[\\p{L}][\\p{L} -]*")) {
            return Optional.empty();
        }
        String name = NotationParser.fieldName(plain(String.join(" ", words) + " " + unitWord));
        return NotationParser.field(name + ": int");
    }

    /**
     * The words and unit in the other language, in its order ("tempo preparo" + "minutos" → "prep time" + "minutes",
     * "prep time" + "minutes" → "tempo preparo" + "minutos"), the unit last; empty when a word has no translation.
     */
    private static List<String> translated(List<String> words, String unit, boolean toPortuguese) {
        List<String> out = new ArrayList<>();
        boolean time = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.matches("time|tempo")) {
                time = true;
                continue;
            }
            Optional<String> other = EntityWords.translation(lower, toPortuguese);
            if (other.isEmpty()) {
                return List.of();
            }
            out.add(other.get());
        }
        String singularUnit = toPortuguese ? EntityNaming.singular(unit) : Language.portugueseSingular(unit);
        Optional<String> otherUnit = EntityWords.translation(singularUnit, toPortuguese);
        if (otherUnit.isEmpty() || out.isEmpty()) {
            return List.of();
        }
        if (time) {
            if (toPortuguese) {
                out.addFirst("tempo");
            } else {
                out.add("time");
            }
        }
        out.add(toPortuguese ? NewEntityFeatures.plural(otherUnit.get(), true) : EntityNaming.plural(otherUnit.get()));
        return out;
    }

    /**
     * Whether the entity's fields are named in Portuguese ({@code nome}, {@code descricao}) or English, when its
     * common fields tell: a new field is named like its neighbours whatever language the request came in.
     */
    private static Optional<Boolean> namedInPortuguese(Entity entity) {
        int english = 0;
        int portuguese = 0;
        for (Field field : entity.fields() == null ? List.<Field>of() : entity.fields()) {
            if (field == null || field.name() == null) {
                continue;
            }
            for (String[] names : KNOWN_FIELDS.values()) {
                boolean isEnglish = names[0].startsWith(field.name() + ":");
                boolean isPortuguese = names[1].startsWith(field.name() + ":");
                if (isEnglish != isPortuguese) {
                    english += isEnglish ? 1 : 0;
                    portuguese += isPortuguese ? 1 : 0;
                }
            }
            if (field.name().matches("descricao|titulo|nome|quantidade|valor|observacoes|situacao|criadoEm")) {
                portuguese++;
            } else if (field.name().matches("description|title|name|status|createdAt")) {
                english++;
            }
        }
        return english == portuguese ? Optional.empty() : Optional.of(portuguese > english);
    }

    private static Map<Pattern, String[]> knownFields() {
        Map<Pattern, String[]> fields = new java.util.LinkedHashMap<>();
        put(fields, "(?:photos?|pictures?|images?|pics?|fotos?|imagem|imagens)", "imageUrl: url", "foto: url");
        put(fields, "(?:names?|full name|nome|nomes|nome completo)", "name: string", "nome: string");
        put(fields, "(?:who (?:added|created|wrote|made|posted) (?:it|them)|added by|created by|author|creator|owner"
                + "|quem (?:adicionou|criou|fez|postou|cadastrou)|autor|autora|criador|dono)", "addedBy: string", "adicionadoPor: string");
        put(fields, "(?:ratings?|stars?|score|avaliação|avaliações|avaliacao|nota|notas|estrelas)", "rating: int", "avaliacao: int");
        put(fields, "(?:prices?|costs?|amount|preço|preços|preco|valor|custo)", "price: money", "preco: money");
        put(fields, "(?:due date|deadline|due|prazo|data de entrega|vencimento)", "dueDate: date", "prazo: date");
        put(fields, "(?:dates?|day|data|dia)", "date: date", "data: date");
        put(fields, "(?:times?|start time|starts at|horário|horario|hora)", "startsAt: datetime", "horario: datetime");
        put(fields, "(?:descriptions?|notes?|comments?|descrição|descricao|observações|observação|notas de texto)",
                "notes: text", "observacoes: text");
        put(fields, "(?:e-?mails?|e-?mail address)", "email: email", "email: email");
        put(fields, "(?:phone(?: numbers?)?|telephone|mobile(?: number)?|telefone|celular|whatsapp)", "phone: string", "telefone: string");
        put(fields, "(?:address(?:es)?|location|endereço|endereco|local)", "address: string", "endereco: string");
        put(fields, "(?:urls?|links?|websites?|sites?)", "url: url", "url: url");
        put(fields, "(?:quantity|count|number of \\p{L}+|quantidade|qtd)", "quantity: int", "quantidade: int");
        put(fields, "(?:done|completed|finished|feito|concluído|concluido)", "done: boolean default false", "concluido: boolean default false");
        return fields;
    }

    private static void put(Map<Pattern, String[]> fields, String pattern, String english, String portuguese) {
        fields.put(Pattern.compile(pattern), new String[]{english, portuguese});
    }

    private static String key(String name) {
        return EntityNaming.pascal(plain(name)).toLowerCase(Locale.ROOT);
    }

    private static String plain(String text) {
        return Folding.fold(text);
    }
}
