package dev.truecoding.assistant.guided;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a feature by a short noun phrase of its text, in the words the person used: "each member has a shelf" →
 * "Shelf", "schedule a meeting around a book" → "Meeting scheduling", "see the open shifts" → "Open shifts",
 * "anotar pedidos por mesa" → "Anotação de pedidos", "fechar a conta da mesa" → "Fechamento da conta". A verb
 * becomes its noun (English puts the thing first, Portuguese after "de"); verbs that only mean looking at
 * something ("see", "join", "ver") are dropped. What cannot be read keeps its first words.
 */
final class FeatureNamer {

    private static final int MAX_WORDS = 5;
    /** English verbs and the noun of what they do. */
    private static final Map<String, String> ENGLISH_NOUNS = Map.ofEntries(
            Map.entry("schedule", "scheduling"), Map.entry("book", "booking"), Map.entry("track", "tracking"),
            Map.entry("share", "sharing"), Map.entry("rate", "ratings"), Map.entry("review", "reviews"),
            Map.entry("cancel", "cancellation"), Map.entry("sign up", "sign-up"), Map.entry("signup", "sign-up"),
            Map.entry("register", "registration"), Map.entry("pay", "payment"), Map.entry("order", "ordering"),
            Map.entry("invite", "invitations"), Map.entry("vote", "voting"), Map.entry("search", "search"),
            Map.entry("find", "search"), Map.entry("chat", "chat"), Map.entry("message", "messaging"),
            Map.entry("remind", "reminders"), Map.entry("remember", "reminders"), Map.entry("plan", "planning"),
            Map.entry("log", "log"), Map.entry("upload", "upload"), Map.entry("manage", "management"),
            Map.entry("assign", "assignment"), Map.entry("split", "splitting"), Map.entry("reserve", "reservations"),
            Map.entry("borrow", "borrowing"), Map.entry("lend", "lending"), Map.entry("sell", "sales"),
            Map.entry("buy", "purchases"), Map.entry("compare", "comparison"), Map.entry("choose", "choice"),
            Map.entry("pick", "choice"), Map.entry("select", "selection"), Map.entry("export", "export"),
            Map.entry("import", "import"), Map.entry("print", "printing"), Map.entry("scan", "scanning"),
            Map.entry("record", "records"), Map.entry("write", "writing"), Map.entry("post", "posts"),
            Map.entry("follow", "following"), Map.entry("comment", "comments"), Map.entry("like", "likes"),
            Map.entry("send", "sending"), Map.entry("notify", "notifications"), Map.entry("match", "matching"),
            Map.entry("confirm", "confirmation"), Map.entry("approve", "approval"), Map.entry("request", "requests"),
            Map.entry("mark", "marking"), Map.entry("complete", "completion"), Map.entry("check in", "check-in"),
            Map.entry("edit", "editing"), Map.entry("organize", "organization"), Map.entry("organise", "organisation"),
            Map.entry("save", "saving"), Map.entry("rsvp", "RSVPs"), Map.entry("claim", "claims"),
            Map.entry("swap", "swaps"), Map.entry("offer", "offers"), Map.entry("collect", "collection"),
            Map.entry("calculate", "calculation"), Map.entry("count", "counting"), Map.entry("measure", "measurement"),
            Map.entry("owe", "debts"), Map.entry("settle", "settlement"), Map.entry("apply", "applications"),
            Map.entry("adopt", "adoption"), Map.entry("refund", "refunds"), Map.entry("earn", "earnings"),
            Map.entry("spend", "spending"), Map.entry("attend", "attendance"), Map.entry("subscribe", "subscriptions"),
            Map.entry("donate", "donations"), Map.entry("rent", "rentals"), Map.entry("deliver", "delivery"),
            Map.entry("alert", "alerts"), Map.entry("warn", "warnings"), Map.entry("announce", "announcements"),
            Map.entry("publish", "publishing"), Map.entry("teach", "teaching"), Map.entry("learn", "learning"),
            Map.entry("train", "training"), Map.entry("translate", "translation"), Map.entry("verify", "verification"),
            Map.entry("generate", "generation"), Map.entry("monitor", "monitoring"), Map.entry("filter", "filters"),
            Map.entry("tag", "tagging"), Map.entry("reply", "replies"), Map.entry("answer", "answers"));
    /** Words that are verbs only when an article follows ("book a walk"); else they start a noun ("call scheduling"). */
    private static final Set<String> ALSO_NOUNS = Set.of("book", "order", "review", "rate", "plan", "search", "chat",
            "borrow", "share", "schedule", "message", "log", "upload", "match", "request", "record", "post", "comment",
            "like", "vote", "offer", "swap", "claim", "count", "split", "export", "import", "print", "scan", "check in",
            "pay", "remind", "track", "alert", "monitor", "filter", "tag", "reply", "answer", "train");
    /** Verbs that only say the person looks at or enters something: the thing is the name. */
    private static final Set<String> LOOKING = Set.of("see", "view", "browse", "show", "list", "check", "join",
            "access", "open", "get", "have", "display", "read", "watch", "add", "create", "keep", "store",
            "ver", "visualizar", "consultar", "listar", "mostrar", "acessar", "entrar", "ter", "criar", "adicionar",
            "guardar", "acompanhar", "receber");
    /** Portuguese verbs and the noun of what they do. */
    private static final Map<String, String> PORTUGUESE_NOUNS = Map.ofEntries(
            Map.entry("anotar", "anotação"), Map.entry("agendar", "agendamento"), Map.entry("reservar", "reserva"),
            Map.entry("cancelar", "cancelamento"), Map.entry("pagar", "pagamento"), Map.entry("fechar", "fechamento"),
            Map.entry("marcar", "marcação"), Map.entry("cadastrar", "cadastro"), Map.entry("avaliar", "avaliação"),
            Map.entry("enviar", "envio"), Map.entry("controlar", "controle"), Map.entry("registrar", "registro"),
            Map.entry("lembrar", "lembrete"), Map.entry("gerenciar", "gestão"), Map.entry("vender", "venda"),
            Map.entry("comprar", "compra"), Map.entry("buscar", "busca"), Map.entry("procurar", "busca"),
            Map.entry("pesquisar", "pesquisa"), Map.entry("compartilhar", "compartilhamento"), Map.entry("emitir", "emissão"),
            Map.entry("confirmar", "confirmação"), Map.entry("notificar", "notificação"), Map.entry("calcular", "cálculo"),
            Map.entry("oferecer", "oferta"), Map.entry("dividir", "divisão"), Map.entry("pedir", "pedido"),
            Map.entry("escolher", "escolha"), Map.entry("inscrever", "inscrição"), Map.entry("votar", "votação"),
            Map.entry("organizar", "organização"), Map.entry("planejar", "planejamento"), Map.entry("imprimir", "impressão"),
            Map.entry("exportar", "exportação"), Map.entry("importar", "importação"), Map.entry("enviar mensagem", "mensagens"),
            Map.entry("conversar", "conversa"), Map.entry("cobrar", "cobrança"), Map.entry("atribuir", "atribuição"),
            Map.entry("medir", "medição"), Map.entry("contar", "contagem"), Map.entry("trocar", "troca"),
            Map.entry("alugar", "aluguel"), Map.entry("emprestar", "empréstimo"), Map.entry("editar", "edição"),
            Map.entry("avisar", "aviso"), Map.entry("alertar", "alerta"), Map.entry("divulgar", "divulgação"),
            Map.entry("publicar", "publicação"), Map.entry("convidar", "convite"), Map.entry("aprovar", "aprovação"),
            Map.entry("entregar", "entrega"), Map.entry("gerar", "geração"), Map.entry("responder", "resposta"),
            Map.entry("comentar", "comentários"), Map.entry("treinar", "treino"), Map.entry("ensinar", "ensino"),
            Map.entry("estudar", "estudo"), Map.entry("anunciar", "anúncio"), Map.entry("doar", "doação"),
            Map.entry("monitorar", "monitoramento"), Map.entry("rastrear", "rastreamento"), Map.entry("filtrar", "filtro"),
            Map.entry("verificar", "verificação"), Map.entry("validar", "validação"), Map.entry("sortear", "sorteio"),
            Map.entry("encomendar", "encomenda"), Map.entry("mandar", "envio"),
            Map.entry("separar", "separação"), Map.entry("classificar", "classificação"));
    /** Portuguese nouns and adjectives that end like an infinitive. */
    private static final Set<String> NOUNS_IN_AR = Set.of("lugar", "jantar", "celular", "familiar", "militar", "escolar",
            "popular", "similar", "regular", "titular", "pomar", "olhar", "bazar", "radar", "colar", "solar", "lunar",
            "nectar", "açúcar", "acucar", "patamar", "polegar", "sonhar");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "their", "your", "my", "our", "its", "his",
            "her", "some", "any", "um", "uma", "uns", "umas", "o", "os", "as", "seu", "sua", "seus", "suas", "meu",
            "minha", "meus", "minhas", "nosso", "nossa", "whose", "which");
    /** Words that end the object of a verb. */
    private static final Set<String> ENDS_OBJECT = Set.of("with", "for", "by", "from", "around", "on", "in", "at", "to",
            "of", "and", "or", "+", "via", "through", "using", "when", "so", "that", "it", "is", "who", "done",
            "com", "para", "pra", "por", "pelo", "pela", "de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas",
            "e", "ou", "entre", "quando", "que", "sobre");
    /** Words after which a noun phrase says how or what for, not what: "shopping list from a recipe's ingredients". */
    private static final Set<String> WITH = Set.of("with", "com", "including", "incluindo", "from", "for", "by",
            "around", "via", "using", "through", "when", "so", "that", "which", "who", "para", "pra", "quando", "que");
    private static final Set<String> OWNERSHIP = Set.of("has", "have", "gets", "owns", "keeps", "tem", "possui", "ganha");
    private static final Set<String> EACH = Set.of("each", "every", "cada");
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "over");
    /** "check them off": without its verb the phrase would say nothing. */
    private static final Set<String> PRONOUNS = Set.of("them", "it", "this", "that", "those", "these", "eles", "elas", "isso");
    private static final Set<String> LEADING_FILLERS = Set.of("with", "com", "and", "e", "to", "be", "able", "can",
            "should", "must", "i", "we",
            "want", "need", "users", "people", "let", "lets", "allow", "allows", "also", "plus", "poder", "pode",
            "podem", "quero", "preciso");

    /** How an idea introduces itself before saying what the app does: "An app for my bakery to …", "Um app para …". */
    private static final Pattern APP_INTRO = Pattern.compile("^(?:(?:i|we)\\s+(?:want|need|would like)\\s+|(?:quero|queria|"
            + "preciso\\s+de|precisamos\\s+de|gostaria\\s+de)\\s+|(?:it'?s|is|é)\\s+)?"
            + "(?:(?:a|an|the|um|uma|o)\\s+)?(?:web\\s+)?(?:app|apps|"
            + "aplicativo|application|site|website|sistema|ferramenta|plataforma|tool|platform|bot)\\b[\\s,:]*"
            + "(?:(?:for|para|pra|that|que|to|where|onde|which)\\b\\s*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many words after the intro a verb may come ("para minha padaria anotar …"). */
    private static final int VERB_WITHIN = 6;

    private FeatureNamer() {
    }

    /**
     * A feature named from a whole idea ("Um app para minha padaria anotar encomendas de bolos" → "Anotação de
     * encomendas"): the app's introduction is no feature, so the name starts at what the app does — its first verb
     * within a few words, else what follows the introduction.
     */
    static String nameOfIdea(String idea) {
        String text = FreeText.oneLine(idea);
        Matcher intro = APP_INTRO.matcher(text);
        if (!intro.find() || intro.end() >= text.length()) {
            return name(text);
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.substring(intro.end()).split(" ")));
        words.removeIf(String::isEmpty);
        for (int i = 0; i < Math.min(words.size(), VERB_WITHIN); i++) {
            String word = lower(words.get(i));
            boolean englishVerb = i > 0 && lower(words.get(i - 1)).equals("to") && ENGLISH_NOUNS.containsKey(word);
            // "para academias controlarem as mensalidades": the personal infinitive is the verb's infinitive
            String infinitive = word.matches("\\p{L}{3,}[aei]rem") ? word.substring(0, word.length() - 2) : word;
            if (!infinitive.equals(word) && PORTUGUESE_NOUNS.containsKey(infinitive)) {
                words.set(i, infinitive);
                word = infinitive;
            }
            if (englishVerb || PORTUGUESE_NOUNS.containsKey(word)) {
                return name(String.join(" ", words.subList(i, words.size())));
            }
        }
        return name(String.join(" ", words));
    }

    static String name(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(FreeText.oneLine(text).split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && (LEADING_FILLERS.contains(lower(words.getFirst())) || ARTICLES.contains(lower(words.getFirst())))) {
            words.removeFirst();
        }
        if (words.isEmpty()) {
            return FreeText.capitalize(FreeText.oneLine(text));
        }
        String owned = owned(words);
        if (owned != null) {
            return FreeText.capitalize(owned);
        }
        String first = lower(words.getFirst());
        if (LOOKING.contains(first) && words.size() > 1 && !PRONOUNS.contains(lower(words.get(1)))) {
            return FreeText.capitalize(nounPhrase(words.subList(1, words.size())));
        }
        String byVerb = byVerb(words);
        if (byVerb != null) {
            return FreeText.capitalize(byVerb);
        }
        String bySubject = bySubject(words);
        if (bySubject != null) {
            return FreeText.capitalize(bySubject);
        }
        String nominalized = nominalized(words);
        if (nominalized != null) {
            return FreeText.capitalize(nominalized);
        }
        String phrase = nounPhrase(words);
        // "a text when the bike is ready": one word alone ("Text") says nothing; the short sentence is the name
        if (!phrase.contains(" ") && words.size() > 2 && words.size() <= 8 && lower(words.getFirst()).equals(lower(phrase))
                && WHEN.contains(lower(words.get(1)))) {
            return FreeText.capitalize(FreeText.withoutTrailingPunctuation(String.join(" ", words)));
        }
        return FreeText.capitalize(phrase);
    }

    private static final Set<String> WHEN = Set.of("when", "if", "once", "after", "before", "whenever", "quando", "se",
            "assim", "depois", "antes", "sempre");

    /**
     * A Portuguese infinitive no list knows ("sincronizar", "passear"), alone or before its object, takes the noun
     * its ending regularly makes: -izar → -ização, -ficar → -ficação, -ear → -eio, else -ar → -ação; -er/-ir verbs
     * have no regular noun and stay as they are. A feature name is then a thing, not an order.
     */
    private static String nominalized(List<String> words) {
        String verb = lower(words.getFirst());
        if (verb.length() < 5 || !verb.matches("\\p{L}+ar") || Language.isPortugueseStopWord(verb) || NOUNS_IN_AR.contains(verb)
                || words.size() > 1 && !ARTICLES.contains(lower(words.get(1)))) {
            return null;
        }
        String noun = verb.endsWith("izar") ? verb.substring(0, verb.length() - 2) + "ação"
                : verb.endsWith("ficar") ? verb.substring(0, verb.length() - 3) + "cação"
                : verb.endsWith("ear") ? verb.substring(0, verb.length() - 2) + "io"
                : verb.substring(0, verb.length() - 2) + "ação";
        List<String> rest = words.subList(1, words.size());
        String article = !rest.isEmpty() && ARTICLES.contains(lower(rest.getFirst())) ? lower(rest.getFirst()) : null;
        String object = objectOf(rest);
        return object == null ? noun : noun + " " + contraction(article) + " " + object;
    }

    /** "each member has a shelf" → "shelf". */
    private static String owned(List<String> words) {
        if (!EACH.contains(lower(words.getFirst()))) {
            return null;
        }
        for (int i = 1; i < words.size() - 1 && i < 5; i++) {
            if (OWNERSHIP.contains(lower(words.get(i)))) {
                return nounPhrase(words.subList(i + 1, words.size()));
            }
        }
        return null;
    }

    /** "schedule a meeting" → "meeting scheduling"; "agendar aulas" → "agendamento de aulas"; "cancel" → "cancellation". */
    private static String byVerb(List<String> words) {
        List<String> nouns = new ArrayList<>();
        int index = 0;
        boolean portuguese = false;
        while (index < words.size()) {
            String verb = lower(words.get(index));
            String twoWords = index + 1 < words.size() ? verb + " " + lower(words.get(index + 1)) : null;
            String noun;
            int length = 1;
            if (twoWords != null && (ENGLISH_NOUNS.containsKey(twoWords) || PORTUGUESE_NOUNS.containsKey(twoWords))) {
                noun = ENGLISH_NOUNS.containsKey(twoWords) ? ENGLISH_NOUNS.get(twoWords) : PORTUGUESE_NOUNS.get(twoWords);
                portuguese = PORTUGUESE_NOUNS.containsKey(twoWords);
                length = 2;
                verb = twoWords;
            } else if (ENGLISH_NOUNS.containsKey(verb) || PORTUGUESE_NOUNS.containsKey(verb)) {
                noun = ENGLISH_NOUNS.containsKey(verb) ? ENGLISH_NOUNS.get(verb) : PORTUGUESE_NOUNS.get(verb);
                portuguese = PORTUGUESE_NOUNS.containsKey(verb);
            } else {
                break;
            }
            String next = index + length < words.size() ? lower(words.get(index + length)) : null;
            if (nouns.isEmpty() && ALSO_NOUNS.contains(verb) && next != null && !ARTICLES.contains(next)
                    && !Set.of("and", "e", "by", "por").contains(next) && !isAdverb(next)) {
                return null;
            }
            nouns.add(noun);
            index += length;
            while (index < words.size() && PARTICLES.contains(lower(words.get(index)))) {
                index++; // "settle up", "check in": the particle belongs to the verb
            }
            if (index < words.size() && (lower(words.get(index)).equals("and") || lower(words.get(index)).equals("e"))
                    && index + 1 < words.size() && isVerb(lower(words.get(index + 1)))) {
                index++;
                continue;
            }
            break;
        }
        if (nouns.isEmpty()) {
            return null;
        }
        List<String> rest = words.subList(index, words.size());
        String article = !rest.isEmpty() && ARTICLES.contains(lower(rest.getFirst())) ? lower(rest.getFirst()) : null;
        String object = objectOf(rest);
        if (object == null && !rest.isEmpty() && (lower(rest.getFirst()).equals("by") || lower(rest.getFirst()).equals("por"))) {
            object = objectOf(rest.subList(1, rest.size()));
            article = null;
        }
        if (nouns.getFirst().equals("marking") && rest.stream().anyMatch(w -> lower(w).matches("done|complete|finished"))) {
            nouns.set(0, "completion");
        }
        String joined = String.join(portuguese ? " e " : " and ", nouns);
        if (object == null) {
            return joined;
        }
        if (portuguese) {
            return joined + " " + contraction(article) + " " + object;
        }
        return englishModifier(object) + " " + joined;
    }

    private static boolean isAdverb(String word) {
        return word.equals("online") || word.equals("later") || word.equals("now") || word.endsWith("ly");
    }

    /** A verb that is never a noun ("owe", "assign"), unlike "book" or "review". */
    static boolean isOnlyVerb(String word) {
        return isVerb(word) && !ALSO_NOUNS.contains(word);
    }

    static boolean isVerb(String word) {
        return ENGLISH_NOUNS.containsKey(word) || PORTUGUESE_NOUNS.containsKey(word) || LOOKING.contains(word);
    }

    /** A noun made from a verb ("scheduling", "agendamento"): it names an action on a thing, not the thing. */
    static boolean isActionNoun(String word) {
        return ACTION_NOUNS.contains(word);
    }

    private static final Set<String> ACTION_NOUNS = actionNouns();

    private static Set<String> actionNouns() {
        Set<String> nouns = new java.util.HashSet<>();
        for (String noun : ENGLISH_NOUNS.values()) {
            nouns.add(noun.toLowerCase(Locale.ROOT));
        }
        for (String noun : PORTUGUESE_NOUNS.values()) {
            nouns.add(noun.toLowerCase(Locale.ROOT));
        }
        nouns.addAll(Set.of("listings", "listing", "management", "tracking", "matching", "booking", "bookings",
                "completion", "reminder", "reminders", "search", "signup", "sign-ups"));
        // nouns of verbs that are also things people keep: "avisos da escola" are notices, "treinos" workouts
        nouns.removeAll(Set.of("aviso", "alerta", "treino", "convite", "anúncio", "encomenda", "entrega", "resposta",
                "comentários", "publicação", "doação", "sorteio", "filtro", "estudo", "alerts", "warnings", "announcements",
                "replies", "answers", "filters"));
        return Set.copyOf(nouns);
    }

    /** "volunteers sign up with name + phone" → "volunteer sign-up". */
    private static String bySubject(List<String> words) {
        if (words.size() < 2 || isVerb(lower(words.getFirst())) || ARTICLES.contains(lower(words.getFirst()))) {
            return null;
        }
        String second = lower(words.get(1));
        String twoWords = words.size() > 2 ? second + " " + lower(words.get(2)) : null;
        String noun = twoWords != null && ENGLISH_NOUNS.containsKey(twoWords) ? ENGLISH_NOUNS.get(twoWords) : null;
        if (noun == null && ENGLISH_NOUNS.containsKey(second) && !ALSO_NOUNS.contains(second)) {
            noun = ENGLISH_NOUNS.get(second);
        }
        if (noun == null || !lower(words.getFirst()).endsWith("s")) {
            return null;
        }
        return EntityNaming.singular(words.getFirst()) + " " + noun;
    }

    /** The words of the object, without its article, up to the first word that ends it; null when there is none. */
    private static String objectOf(List<String> rest) {
        List<String> object = new ArrayList<>();
        for (String word : rest) {
            String lower = lower(word);
            if (object.isEmpty() && ARTICLES.contains(lower)) {
                continue;
            }
            if (ENDS_OBJECT.contains(lower) || object.size() == 3) {
                break;
            }
            object.add(FreeText.withoutTrailingPunctuation(word));
        }
        return object.isEmpty() ? null : String.join(" ", object);
    }

    /** "books" before a noun reads "book": "Book ratings and reviews". */
    private static String englishModifier(String object) {
        String[] words = object.split(" ");
        words[words.length - 1] = EntityNaming.singular(words[words.length - 1]);
        return String.join(" ", words);
    }

    private static String contraction(String article) {
        if (article == null) {
            return "de";
        }
        return switch (article) {
            case "o" -> "do";
            case "a" -> "da";
            case "os" -> "dos";
            case "as" -> "das";
            default -> "de";
        };
    }

    /** A thing with its parts ("clubs with members", "itens do cardápio com preços") is named by the thing. */
    private static String nounPhrase(List<String> words) {
        List<String> phrase = new ArrayList<>();
        for (String word : words) {
            String lower = lower(word);
            if (phrase.isEmpty() && ARTICLES.contains(lower)) {
                continue;
            }
            if (!phrase.isEmpty() && WITH.contains(lower)) {
                break;
            }
            phrase.add(word);
        }
        if (phrase.isEmpty()) {
            phrase.addAll(words);
        }
        if (phrase.size() > MAX_WORDS) {
            phrase = phrase.subList(0, MAX_WORDS - 1);
            while (phrase.size() > 1 && ENDS_OBJECT.contains(lower(phrase.getLast()))) {
                phrase = phrase.subList(0, phrase.size() - 1);
            }
        }
        return FreeText.withoutTrailingPunctuation(String.join(" ", phrase));
    }

    private static String lower(String word) {
        return FreeText.withoutTrailingPunctuation(word).toLowerCase(Locale.ROOT);
    }
}
