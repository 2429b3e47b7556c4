package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.PlanEdit.AddField;
import dev.truecoding.assistant.guided.PlanEdit.DefineEntity;
import dev.truecoding.assistant.guided.PlanEdit.Relate;
import dev.truecoding.assistant.guided.PlanEdit.RemoveField;
import dev.truecoding.assistant.guided.PlanEdit.RenameEntity;
import dev.truecoding.assistant.guided.PlanEdit.RenameField;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.text.Normalizer;
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
    private static final Pattern ADD_TO = Pattern.compile(FILLER
            + "(?:add|include|put|adicion(?:e|a|ar)|inclu(?:a|i|ir)|coloc(?:a|ar|que))\\s+(.+?)\\s+(?:to|on|in|for"
            + "|a|à|às|ao|aos|em|no|na|nos|nas|para)\\s+(?:the\\s+|each\\s+|every\\s+|cada\\s+)?(.+?)\\.?$", FLAGS);
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
    private static final Pattern SPLIT_FIELDS = Pattern.compile("\\s*,\\s*(?:and\\s+|e\\s+)?|\\s+(?:and|e|plus|\\+)\\s+", FLAGS);
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:an?|the|its|their|own|um|uma|o|a|os|as|seu|sua|its own|also|também)\\s+", FLAGS);
    /** What people call common fields, and the field each phrase makes (English name, Portuguese name). */
    private static final Map<Pattern, String[]> KNOWN_FIELDS = knownFields();

    /** @param edits what the request asks, in order; {@code reason} says why it could not be read when it is empty */
    record Reading(List<PlanEdit> edits, String reason) {
        boolean understood() {
            return !edits.isEmpty();
        }
    }

    private PlainRequests() {
    }

    static Reading read(String request, TechnicalPlan plan) {
        String line = FreeText.oneLine(request);
        if (line.length() > MAX_REQUEST) {
            return new Reading(List.of(), "too long to read as one request; one change per line works best");
        }
        List<Entity> entities = plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities();
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
        Matcher rename = RENAME.matcher(line);
        if (rename.matches()) {
            return rename(line, rename.group(1), rename.group(2), entities);
        }
        Matcher remove = REMOVE_FROM.matcher(line);
        if (remove.matches()) {
            return removeField(line, remove.group(1), remove.group(2), entities);
        }
        Matcher add = ADD_TO.matcher(line);
        if (add.matches()) {
            return addFields(line, add.group(2), add.group(1), entities);
        }
        return new Reading(List.of(), null);
    }

    private static Reading addFields(String line, String entityWords, String fieldWords, List<Entity> entities) {
        Optional<Entity> entity = entity(entityWords, entities);
        if (entity.isEmpty()) {
            return new Reading(List.of(), "no entity called *" + FreeText.cap(entityWords, 40) + "*");
        }
        boolean portuguese = Language.portugueseScore(line) > 0;
        List<PlanEdit> edits = new ArrayList<>();
        for (String part : SPLIT_FIELDS.split(fieldWords)) {
            String phrase = ARTICLE.matcher(FreeText.withoutTrailingPunctuation(part.strip())).replaceFirst("");
            if (!FreeText.hasWords(phrase)) {
                continue;
            }
            Optional<Entity> other = entity(phrase, entities);
            if (other.isPresent() && !other.get().name().equals(entity.get().name())) {
                // "each member has a shelf": the thing has many of the other
                edits.add(new Relate(line, entity.get().name(), other.get().name(), RelationshipType.ONE_TO_MANY));
                continue;
            }
            Optional<Field> field = field(phrase, portuguese);
            if (field.isEmpty()) {
                return new Reading(List.of(), "I can't tell what kind of field *" + FreeText.cap(phrase, 40) + "* is");
            }
            edits.add(new AddField(line, entity.get().name(), field.get()));
        }
        return new Reading(edits, edits.isEmpty() ? "no field named" : null);
    }

    private static Reading rename(String line, String fromWords, String toWords, List<Entity> entities) {
        String from = FreeText.unquoted(fromWords.replaceFirst("(?i)^(?:entity|entidade)\\s+", ""));
        String to = FreeText.unquoted(FreeText.withoutTrailingPunctuation(toWords));
        if (!FreeText.hasWords(to) || FreeText.wordCount(to) > 4) {
            return new Reading(List.of(), "the new name is unclear");
        }
        Optional<Entity> entity = entity(from, entities);
        if (entity.isPresent()) {
            return new Reading(List.of(new RenameEntity(line, entity.get().name(), NotationParser.entityName(plain(to)))), null);
        }
        List<String[]> fields = new ArrayList<>();
        for (Entity candidate : entities) {
            matchingField(from, candidate).ifPresent(f -> fields.add(new String[]{candidate.name(), f.name()}));
        }
        if (fields.size() == 1) {
            return new Reading(List.of(new RenameField(line, fields.getFirst()[0], fields.getFirst()[1],
                    NotationParser.fieldName(plain(to)))), null);
        }
        return new Reading(List.of(), fields.isEmpty() ? "no entity or field called *" + FreeText.cap(from, 40) + "*"
                : "several entities have a field called *" + FreeText.cap(from, 40) + "*");
    }

    private static Reading removeField(String line, String fieldWords, String entityWords, List<Entity> entities) {
        Optional<Entity> entity = entity(entityWords, entities);
        if (entity.isEmpty()) {
            return new Reading(List.of(), "no entity called *" + FreeText.cap(entityWords, 40) + "*");
        }
        Optional<Field> field = matchingField(fieldWords, entity.get());
        if (field.isEmpty()) {
            return new Reading(List.of(), "**" + entity.get().name() + "** has no field like *" + FreeText.cap(fieldWords, 40) + "*");
        }
        return new Reading(List.of(new RemoveField(line, entity.get().name(), field.get().name())), null);
    }

    private static Reading addEntity(String line, String nameWords, String kind, String otherWords, List<Entity> entities) {
        String name = NotationParser.entityName(plain(FreeText.unquoted(nameWords.strip())));
        if (name.isEmpty() || FreeText.wordCount(nameWords) > 3) {
            return new Reading(List.of(), "the entity's name is unclear");
        }
        boolean portuguese = Language.portugueseScore(line) > 0;
        List<PlanEdit> edits = new ArrayList<>();
        if (entity(name, entities).isEmpty()) {
            edits.add(new DefineEntity(line, name, List.of(nameField(portuguese))));
        }
        if (kind != null) {
            Optional<Entity> other = entity(otherWords, entities);
            if (other.isEmpty()) {
                return new Reading(List.of(), "no entity called *" + FreeText.cap(otherWords, 40) + "*");
            }
            edits.add(relate(line, name, kind, other.get().name()));
        }
        return new Reading(edits, edits.isEmpty() ? "there is already an entity **" + name + "**" : null);
    }

    /** Every entity has a list page; a page of things the plan does not hold yet means holding them. */
    private static Reading page(String line, String thingWords, List<Entity> entities) {
        Optional<Entity> entity = entity(thingWords, entities);
        if (entity.isPresent()) {
            return new Reading(List.of(), "**" + entity.get().name() + "** already has its list page, /"
                    + EntityNaming.route(entity.get().name()));
        }
        String words = FreeText.withoutTrailingPunctuation(thingWords);
        if (FreeText.wordCount(words) > 3) {
            return new Reading(List.of(), "I can't tell which thing the page lists");
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

    /** The entity the words name: "recipes", "the Recipe", "receitas", "meal plans" → MealPlan. */
    static Optional<Entity> entity(String words, List<Entity> entities) {
        String cleaned = ARTICLE.matcher(FreeText.withoutTrailingPunctuation(FreeText.oneLine(words))).replaceFirst("")
                .replaceFirst("(?i)\\s+(?:entity|entidade)$", "");
        List<String> keys = new ArrayList<>();
        keys.add(key(cleaned));
        String[] parts = cleaned.split("\\s+");
        String last = parts[parts.length - 1];
        parts[parts.length - 1] = EntityNaming.singular(last);
        keys.add(key(String.join(" ", parts)));
        parts[parts.length - 1] = Language.portugueseSingular(last);
        keys.add(key(String.join(" ", parts)));
        parts[0] = Language.portugueseSingular(parts[0]);
        keys.add(key(String.join(" ", parts)));
        for (Entity entity : entities) {
            if (keys.contains(key(entity.name()))) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
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
        Optional<Field> known = knownField(lower, portuguese);
        if (known.isPresent()) {
            return known;
        }
        if (FreeText.wordCount(lower) > 3 || !lower.matches("[\\p{L}][\\p{L}\\p{N} -]*")) {
            return Optional.empty();
        }
        String name = NotationParser.fieldName(plain(lower));
        return name.isEmpty() ? Optional.empty() : NotationParser.field(name + ": string");
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
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
