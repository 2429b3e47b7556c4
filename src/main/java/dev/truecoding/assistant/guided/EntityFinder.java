package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the things a person named in their features — the nouns the data model is made of, singular, in their
 * language: "clubs with members", "each member has a shelf" → Club, Member, Shelf; "anotar pedidos por mesa",
 * "itens do cardápio" → Pedido, Mesa, ItemDoCardapio. A word counts as a thing when it is known, plural, or
 * follows an article ("a shelf"); verbs, stop words (Lucene's lists), actions on a thing ("meeting
 * scheduling" is about the meeting) and parts of the app ("page", "tela") never do. English noun phrases are
 * named by their last word ("the open shifts" → Shift) or, for a generic one, by both ("walk report" →
 * WalkReport); Portuguese ones by their first ("pedidos abertos" → Pedido).
 */
final class EntityFinder {

    /** @param noun the singular key, lower case; {@code name} the entity name; {@code known} the vocabulary entry, if any */
    record Found(String noun, String name, Optional<EntityVocabulary.Known> known) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+){0,3}|[.,;:+()/!?]");
    /** Nouns that name a part of the app, a person using it, time, or a value — not data it stores. */
    private static final Set<String> NOT_THINGS = Set.copyOf(List.of(
            "user", "account", "feature", "detail", "option", "setting", "notification", "filter", "result", "update",
            "statistic", "stat", "insight", "analytic", "analytics", "report", "tip", "thing", "way", "time", "day",
            "week", "month", "year", "minute", "hour", "second", "need", "process", "data", "information", "info",
            "type", "kind", "level", "page", "screen", "view", "button", "link", "field", "form", "list", "friend",
            "people", "other", "everyone", "favorite", "favourite", "bookmark", "reminder", "alert", "email", "sms",
            "chart", "graph", "dashboard", "admin", "role", "permission", "preference", "change", "idea", "problem",
            "pain", "benefit", "step", "piece", "lot", "number", "amount", "price", "cost", "new", "news",
            "app", "tool", "platform", "integration", "sign", "login", "logout", "upload", "download", "export",
            "import", "search", "suggestion", "recommendation", "customization", "pic",
            "name", "phone", "text", "address", "date", "schedule", "turn", "online", "upcoming", "open", "live",
            "gps", "map", "leaderboard", "waitlist", "status", "progress", "history", "calendar", "care", "shop",
            "chat", "timer", "mode", "dark", "mobile", "web", "website", "offline",
            // Portuguese
            "usuário", "conta de usuário", "tela", "página", "botão", "lista", "dia", "semana", "mês", "ano", "hora",
            "minuto", "tempo", "vez", "forma", "tipo", "celular", "whatsapp", "aplicativo", "app", "sistema", "preço",
            "custo", "valor", "foto", "imagem", "nome", "telefone", "endereço", "data", "lembrete", "aviso de",
            "notificação", "relatório", "painel", "busca", "filtro", "mapa", "histórico", "calendário", "coisa",
            "status", "chat", "anterior", "cozinha", "online", "catálogo", "programa", "controle", "gestão",
            "cadastro", "área", "perfil de usuário"));
    /** Articles, determiners and "per": a singular word after one of these is a thing ("a shelf", "por aluno"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "each", "every", "their", "your", "my",
            "our", "per", "um", "uma", "o", "os", "as", "cada", "seu", "sua", "seus", "suas", "por", "meu", "minha");
    private static final Set<String> NOT_CONTENT = Set.of("whose", "which", "what", "who", "whom", "cujo", "cuja",
            "qual", "quais", "quem");
    /** English heads that make a compound with the word before them: "walk report", "session notes". */
    private static final Set<String> COMPOUND_HEADS = Set.of("report", "note", "log", "entry", "request", "plan",
            "card", "sheet", "item", "order", "slot");
    /** Compound heads that are a record kept of something: the word before them, even a verb, says of what. */
    private static final Set<String> KEPT_HEADS = Set.of("log", "note", "entry", "sheet", "card");
    /** Actions that are things of their own when nothing else is named with them: "voting" → Vote. */
    private static final Map<String, String> ACTION_THINGS = Map.ofEntries(
            Map.entry("voting", "vote"), Map.entry("booking", "booking"), Map.entry("bookings", "booking"),
            Map.entry("payment", "payment"), Map.entry("payments", "payment"), Map.entry("ratings", "rating"),
            Map.entry("reviews", "review"), Map.entry("reservations", "reservation"), Map.entry("invitations", "invitation"),
            Map.entry("comments", "comment"), Map.entry("sales", "sale"), Map.entry("purchases", "purchase"),
            Map.entry("requests", "request"), Map.entry("posts", "post"), Map.entry("records", "record"),
            Map.entry("offers", "offer"), Map.entry("swaps", "swap"), Map.entry("claims", "claim"),
            Map.entry("pagamento", "pagamento"), Map.entry("reserva", "reserva"), Map.entry("pedido", "pedido"),
            Map.entry("avaliação", "avaliação"), Map.entry("venda", "venda"), Map.entry("compra", "compra"),
            Map.entry("votação", "voto"), Map.entry("inscrição", "inscrição"),
            Map.entry("empréstimo", "empréstimo"), Map.entry("troca", "troca"), Map.entry("aluguel", "aluguel"),
            Map.entry("entrega", "entrega"), Map.entry("deliveries", "delivery"), Map.entry("orçamento", "orçamento"));
    private static final Set<String> PLACES = Set.of("at", "in", "on", "into", "from", "to", "by", "near", "inside",
            "outside", "under", "over", "through", "via", "em", "no", "na", "nos", "nas", "pelo", "pela");
    /** Words that describe a thing rather than name one: "personal records", "open shifts". */
    private static final Set<String> ADJECTIVES = Set.of("personal", "public", "private", "daily", "weekly", "monthly",
            "yearly", "new", "old", "open", "closed", "live", "online", "upcoming", "recent", "custom", "free", "paid",
            "main", "basic", "simple", "quick", "easy", "smart", "digital", "social", "local", "shared", "favourite",
            "favorite", "automatic", "manual", "real", "special", "full", "next", "last", "past", "future", "own",
            "multiple", "different", "various", "other", "best", "top", "latest", "current", "active", "total");
    private static final Set<String> PICTURES = Set.of("photo", "picture", "image");
    /** Heads that show many of a thing: the word before them is that thing ("route list" → Route). */
    private static final Set<String> COLLECTIONS = Set.of("list", "catalog", "catalogue", "directory", "library",
            "inventory", "gallery", "board", "feed", "overview", "table", "collection");
    /** Portuguese words that say little alone and make one thing with their "de …": ItemDoCardapio, OrdemDeServico,
     * CarteiraDeVacinacao. */
    private static final Set<String> COMPOUND_FIRST = Set.of("item", "ordem", "carteira");
    /** Portuguese heads about a thing ("lembrete de vacina", "aviso de carro pronto"): what follows "de" is the thing. */
    private static final Set<String> ABOUT = Set.of("lembrete", "alerta", "lista", "catálogo", "histórico",
            "controle", "cadastro", "relatório", "notificação", "mensagem", "ficha", "registro");
    private static final Set<String> WITH = Set.of("with", "including");
    private static final Set<String> PORTUGUESE_OF = Set.of("de", "do", "da", "dos", "das");

    private EntityFinder() {
    }

    /** The things named in the texts, in the order they first appear, each once. */
    static List<Found> find(List<String> texts, boolean portuguese) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (String text : texts) {
            List<String> tokens = tokens(text);
            int i = 0;
            while (i < tokens.size()) {
                int end = runEnd(tokens, i);
                if (end == i) {
                    i++;
                    continue;
                }
                String before = i > 0 ? tokens.get(i - 1) : "";
                if (DETERMINERS.contains(before) && i > 1 && PLACES.contains(tokens.get(i - 2))) {
                    before = ""; // "at the door", "in the app": where something happens, not a thing stored
                }
                List<String> run = tokens.subList(i, end);
                if (portuguese) {
                    portugueseRun(tokens, i, end, before, found);
                } else {
                    englishRun(run, before, found);
                }
                i = end;
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Where the run of content words starting at {@code start} ends (exclusive): at a stop word, verb or mark. */
    private static int runEnd(List<String> tokens, int start) {
        int end = start;
        while (end < tokens.size() && isContent(tokens, end)) {
            end++;
        }
        return end;
    }

    private static boolean isContent(List<String> tokens, int index) {
        String word = tokens.get(index);
        if (!Character.isLetter(word.charAt(0)) || Language.isStopWord(word) || DETERMINERS.contains(word)
                || PORTUGUESE_OF.contains(word) || NOT_CONTENT.contains(word) || word.length() < 3) {
            return false;
        }
        boolean afterArticle = index > 0 && DETERMINERS.contains(tokens.get(index - 1));
        if (index + 1 < tokens.size() && KEPT_HEADS.contains(EntityNaming.singular(tokens.get(index + 1)))
                && !word.endsWith("ing") && !word.endsWith("ly")) {
            return true; // "practice log", "workout sheet": a verb-looking word before a record of it modifies it
        }
        if (!afterArticle && !word.equals(EntityNaming.singular(word)) && FeatureNamer.isOnlyVerb(EntityNaming.singular(word))) {
            return false; // "who owes what": a verb, not a plural
        }
        if (KEPT_HEADS.contains(EntityNaming.singular(word)) && index > 0 && isWord(tokens.get(index - 1))) {
            return true; // "practice log": "log" heads the compound here, it is not the verb of "log a climb"
        }
        if (FeatureNamer.isVerb(word) && !afterArticle) {
            // "shopping list from…": after a noun and before no article, a verb-looking word is the noun's head
            boolean afterNoun = index > 0 && Character.isLetter(tokens.get(index - 1).charAt(0))
                    && !Language.isStopWord(tokens.get(index - 1)) && !FeatureNamer.isVerb(tokens.get(index - 1))
                    && !DETERMINERS.contains(tokens.get(index - 1)) && !PORTUGUESE_OF.contains(tokens.get(index - 1));
            boolean beforeWord = index + 1 < tokens.size() && Character.isLetter(tokens.get(index + 1).charAt(0))
                    && !Language.isStopWord(tokens.get(index + 1)) && !PORTUGUESE_OF.contains(tokens.get(index + 1));
            boolean beforeArticle = index + 1 < tokens.size() && DETERMINERS.contains(tokens.get(index + 1));
            return afterNoun && !beforeArticle && !beforeWord;
        }
        return !word.endsWith("ly");
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0)) && !Language.isStopWord(token) && !DETERMINERS.contains(token)
                && !PORTUGUESE_OF.contains(token);
    }

    private static void englishRun(List<String> run, String before, Map<String, Found> found) {
        String head = run.getLast();
        String headSingular = EntityNaming.singular(head);
        List<String> modifiers = run.subList(0, run.size() - 1);
        if (run.size() >= 2) {
            String phrase = run.get(run.size() - 2) + " " + headSingular;
            var compound = EntityVocabulary.find(phrase);
            if (compound.isPresent()) {
                add(found, phrase, compound.get().name(), compound);
                return;
            }
        }
        String modifier = modifiers.isEmpty() ? null : EntityNaming.singular(modifiers.getLast());
        boolean modifierIsThing = modifier != null && isThing(modifier, modifiers.getLast(), !modifier.endsWith("ing"));
        for (String other : modifiers.isEmpty() ? List.<String>of() : List.of(modifiers.getLast())) {
            // "book ratings": a known thing right before the head is a thing of its own
            String singular = EntityNaming.singular(other);
            if (EntityVocabulary.find(singular).isPresent() && !NOT_THINGS.contains(singular)
                    && !FeatureNamer.isActionNoun(other)) {
                add(found, singular, null, EntityVocabulary.find(singular));
            }
        }
        if (COMPOUND_HEADS.contains(headSingular) && modifierIsThing) {
            add(found, modifier + " " + headSingular, null, Optional.empty());
            return;
        }
        if (COLLECTIONS.contains(headSingular) && modifier != null && !modifier.endsWith("ing")
                && isThing(modifier, modifiers.getLast(), true)) {
            add(found, modifier, null, EntityVocabulary.find(modifier));
            return;
        }
        if (NOT_THINGS.contains(headSingular) && !FeatureNamer.isActionNoun(head)) {
            // "watering schedule", "reminder text": a part of the app; its modifier counts only as a clear thing
            if (modifier != null && isThing(modifier, modifiers.getLast(), false)) {
                add(found, modifier, null, EntityVocabulary.find(modifier));
            }
            return;
        }
        if (FeatureNamer.isActionNoun(head)) {
            if (modifiers.size() >= 2 && COMPOUND_HEADS.contains(modifier) && EntityVocabulary.find(
                    modifiers.get(modifiers.size() - 2) + " " + modifier).isEmpty()) {
                add(found, EntityNaming.singular(modifiers.get(modifiers.size() - 2)) + " " + modifier, null, Optional.empty());
                return;
            }
            if (modifierIsThing) {
                add(found, modifier, null, EntityVocabulary.find(modifier));
            } else if (ACTION_THINGS.containsKey(head) && (modifier == null || !modifierIsThing)) {
                String thing = ACTION_THINGS.get(head);
                add(found, thing, null, EntityVocabulary.find(thing));
            }
            return;
        }
        if (PICTURES.contains(headSingular) && (modifierIsThing || WITH.contains(before))) {
            // "plant photos", "recipes with photos": a picture of a thing is a field of it, not an entity
            return;
        }
        boolean afterDeterminer = run.size() == 1 && DETERMINERS.contains(before);
        if (isThing(headSingular, head, afterDeterminer)) {
            add(found, headSingular, null, EntityVocabulary.find(headSingular));
        }
    }

    /** Portuguese puts the thing first: "pedidos abertos" → Pedido; "itens do cardápio" → ItemDoCardapio. */
    private static void portugueseRun(List<String> tokens, int start, int end, String before, Map<String, Found> found) {
        String head = tokens.get(start);
        String singular = Language.portugueseSingular(head);
        if (COMPOUND_FIRST.contains(singular) && end == start + 1 && end + 1 < tokens.size() && PORTUGUESE_OF.contains(tokens.get(end))
                && isContent(tokens, end + 1)) {
            String of = tokens.get(end);
            String thing = Language.portugueseSingular(tokens.get(end + 1));
            add(found, singular + " " + of + " " + thing, null, Optional.empty());
            return;
        }
        boolean afterOf = PORTUGUESE_OF.contains(before) && start >= 2;
        boolean ofAnAction = afterOf && FeatureNamer.isActionNoun(Language.portugueseSingular(tokens.get(start - 2)));
        if (FeatureNamer.isActionNoun(singular) || FeatureNamer.isActionNoun(head)) {
            // "controle de pagamentos" is about payments; "carrinho de compras" is a cart, not purchases
            if (ACTION_THINGS.containsKey(singular) && (!afterOf || ofAnAction)) {
                add(found, ACTION_THINGS.get(singular), null, Optional.empty());
            }
            return;
        }
        // "prontuário do paciente", "carrinho de compras": a word heading "… de …" names a thing
        boolean headsOf = end < tokens.size() && PORTUGUESE_OF.contains(tokens.get(end)) && end + 1 < tokens.size()
                && Character.isLetter(tokens.get(end + 1).charAt(0));
        // "lembrete de vacina": after "de" following a word about a thing, even a singular word is the thing
        boolean ofAThing = afterOf && ABOUT.contains(Language.portugueseSingular(tokens.get(start - 2)));
        // a feature that is a noun and its adjectives ("Orçamento", "Entrega agendada") names the thing
        // (not one named from a verb: "Aviso" for "avisar" is the app telling people, not a record)
        int stop = tokens.indexOf(".");
        boolean fromAVerb = stop >= 0 && stop + 1 < tokens.size() && FeatureNamer.isVerb(tokens.get(stop + 1));
        boolean alone = !fromAVerb && (start == 0 || tokens.get(start - 1).equals("."))
                && (end == tokens.size() || tokens.get(end).equals("."));
        boolean afterDeterminer = DETERMINERS.contains(before) || headsOf || ofAThing || alone;
        if (isThing(singular, head, afterDeterminer)) {
            add(found, singular, null, Optional.empty());
        }
    }

    /** A thing: not a part of the app or a value, and known, plural as written, or introduced by an article. */
    private static boolean isThing(String singular, String written, boolean afterDeterminer) {
        if (NOT_THINGS.contains(singular) || NOT_THINGS.contains(written) || ADJECTIVES.contains(written) || singular.length() < 3
                || written.endsWith("ness") || written.endsWith("ings") || written.contains("-")) {
            return false;
        }
        if (written.endsWith("ing") && !afterDeterminer && EntityVocabulary.find(singular).isEmpty()) {
            return false;
        }
        return EntityVocabulary.find(singular).isPresent() || !singular.equals(written) || afterDeterminer;
    }

    private static void add(Map<String, Found> found, String noun, String name, Optional<EntityVocabulary.Known> known) {
        if (!found.containsKey(noun)) {
            String entityName = name != null ? name : known.map(EntityVocabulary.Known::name).orElse(pascal(noun));
            if (found.values().stream().noneMatch(f -> f.name().equals(entityName))) {
                found.put(noun, new Found(noun, entityName, known));
            }
        }
    }

    /** "item do cardápio" → "ItemDoCardapio": accents left out of the identifier. */
    static String pascal(String noun) {
        String plain = Folding.fold(noun);
        return EntityNaming.pascal(plain);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String token = matcher.group();
            tokens.add(token.replaceFirst("['’]s$", ""));
        }
        return tokens;
    }
}
