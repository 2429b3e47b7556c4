package dev.truecoding.assistant.guided;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests names and a tagline from the words of the idea. Deterministic: the suffix of a coined name is chosen
 * by the letters of the word it extends, so the same idea always gets the same suggestions.
 */
final class NameSuggester {

    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÖØ-öø-ÿ]{3,}");
    private static final String[] SUFFIXES = {"Hub", "ly", "Nest", "Base", "Pal", "Flow", "Spot", "Box"};
    private static final Set<String> NOT_NAME_WORDS = Set.copyOf(List.of(
            // filler and function words
            "the", "and", "for", "with", "that", "this", "from", "into", "their", "them", "they", "your", "you",
            "our", "who", "what", "where", "when", "which", "while", "can", "could", "will", "would", "should",
            "want", "wants", "need", "needs", "like", "just", "more", "most", "less", "very", "also", "all", "any",
            "some", "every", "each", "other", "than", "then", "about", "over", "under", "without", "between",
            "through", "across", "easy", "easily", "simple", "better", "best", "new", "own", "way", "ways", "lot",
            "lots", "one", "two", "its", "it's", "are", "was", "were", "has", "have", "had", "not", "but", "get",
            "gets", "got", "let", "lets", "help", "helps", "helping", "make", "makes", "using", "use", "uses",
            "idea", "build", "building", "want", "thing", "things", "something", "people", "person", "users",
            "user", "everyone", "someone", "app", "apps", "application", "platform", "tool", "tools", "website",
            "site", "web", "online", "service", "system", "software", "mobile", "small", "big", "local", "based",
            // verbs that describe what the app does rather than what it is about
            "track", "tracking", "tracks", "manage", "managing", "manages", "share", "sharing", "shares", "find",
            "finding", "finds", "plan", "planning", "plans", "organize", "organise", "organizing", "create",
            "creating", "book", "booking", "sell", "selling", "buy", "buying", "save", "saving", "keep", "keeping",
            "learn", "learning", "discover", "connect", "connecting", "record", "log", "logging", "store", "send",
            "collect", "compare", "rate", "search", "browse", "schedule", "scheduling", "run", "running", "see",
            "where", "there", "here", "whom", "these", "those", "his", "her", "him", "she", "he", "i'm", "i",
            "together", "weekly", "daily", "monthly", "run", "small", "business", "called", "named",
            // Portuguese filler: wanting, making, the app itself, and the verbs that describe its use
            "quero", "queria", "gostaria", "preciso", "precisa", "precisamos", "fazer", "criar", "ajudar", "ajuda",
            "aplicativo", "aplicação", "sistema", "plataforma", "ferramenta", "onde", "pessoas", "usuários", "tenho",
            "sou", "organizar", "controlar", "gerenciar", "acompanhar", "acompanharem", "dividirem", "marcarem",
            "anotam", "anotar", "ver", "hora", "simples", "fácil", "novo", "nova", "pequeno", "pequena", "todos",
            "todas", "cada", "também", "coisas", "coisa", "jeito", "forma", "vez", "mesma", "mesmo", "chamado",
            "chamada", "particular", "problema", "celular", "online", "sozinhos", "muito", "muitos", "outro", "outra"));
    /** Who the app is for is rarely what it is about: "families share recipes" is about recipes. */
    private static final Set<String> PEOPLE = Set.copyOf(List.of(
            "families", "parents", "friends", "kids", "children", "students", "teams", "neighbours", "neighbors",
            "members", "couples", "owners", "customers", "clients", "teachers", "freelancers", "developers", "writers",
            "workers", "runners", "players", "readers", "buyers", "sellers", "renters", "drivers", "riders", "parents",
            "flatmates", "roommates", "housemates", "hikers", "volunteers", "residents", "walkers", "organisers",
            "organizers", "coordinators", "retirees", "donos", "clientes", "pais", "filhos", "estudantes", "amigos",
            "famílias", "garçons", "professores", "alunos", "corredores", "lojistas", "mulheres", "homens", "pessoas"));

    /** Words that end in s without being plurals. */
    private static final Set<String> NOT_PLURAL = Set.of("has", "was", "does", "this", "always", "across", "less",
            "mais", "menos", "depois", "através", "dois", "três", "às", "pois");

    private NameSuggester() {
    }

    /** Two or three distinct names; generic ones when the idea has no usable word. */
    static List<String> names(String idea) {
        List<String> words = keywords(idea);
        if (words.isEmpty()) {
            return List.of("LaunchPad", "Brightside", "Nimbus");
        }
        boolean portuguese = Language.of(List.of(idea)).isPortuguese();
        String main = mainWord(words);
        String stem = FreeText.capitalize(singular(main, portuguese));
        Set<String> names = new LinkedHashSet<>();
        names.add(stem + suffix(stem, 0));
        for (String word : words) {
            if (!word.equals(main) && !PEOPLE.contains(word)) {
                names.add(portuguese ? stem + FreeText.capitalize(singular(word, portuguese))
                        : FreeText.capitalize(singular(word, portuguese)) + FreeText.capitalize(main));
                break;
            }
        }
        names.add(stem + suffix(stem, 1));
        return new ArrayList<>(names).subList(0, Math.min(3, names.size()));
    }

    private static String singular(String word, boolean portuguese) {
        return portuguese ? Language.portugueseSingular(word) : EntityNaming.singular(word);
    }

    /**
     * A line that sells the idea without repeating it: what it is about, made simple, and for whom when the idea
     * says so — "Recipes, made simple for families." / "Pedidos sem complicação para garçons."
     */
    static String tagline(String idea, Language language) {
        List<String> words = keywords(idea);
        if (words.isEmpty()) {
            return Replies.in(language).text("tagline.generic");
        }
        String main = mainWord(words);
        boolean portuguese = language.isPortuguese();
        String things = main.endsWith("s") ? main : portuguese ? portuguesePlural(main) : EntityNaming.plural(main);
        String people = words.stream().filter(PEOPLE::contains).findFirst().orElse(null);
        if (PEOPLE.contains(main)) {
            return Replies.in(language).text("tagline.peopleOnly", main);
        }
        return people == null
                ? Replies.in(language).text("tagline.simple", FreeText.capitalize(things))
                : Replies.in(language).text("tagline.forPeople", FreeText.capitalize(things), people);
    }

    /** "salão" → "salões", "hotel" → "hotéis"-like "hoteis", "lugar" → "lugares", "item" → "itens", "aula" → "aulas". */
    private static String portuguesePlural(String word) {
        if (word.endsWith("ão")) {
            return word.substring(0, word.length() - 2) + "ões";
        }
        if (word.endsWith("m")) {
            return word.substring(0, word.length() - 1) + "ns";
        }
        if (word.endsWith("l")) {
            return word.substring(0, word.length() - 1) + "is";
        }
        if (word.endsWith("r") || word.endsWith("z")) {
            return word + "es";
        }
        return word + "s";
    }

    static List<String> keywords(String idea) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(idea == null ? "" : idea);
        while (matcher.find() && words.size() < 12) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (!NOT_NAME_WORDS.contains(word) && !Language.isStopWord(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A plural noun is most likely what the product is about ("recipes", "plants"); else the first keyword. */
    private static String mainWord(List<String> words) {
        for (String word : words) {
            if (word.length() > 3 && word.endsWith("s") && !PEOPLE.contains(word) && !word.endsWith("ss") && !word.endsWith("us")
                    && !NOT_PLURAL.contains(word)
                    && !word.endsWith("is")) {
                return word;
            }
        }
        return words.stream().filter(word -> !PEOPLE.contains(word)).findFirst().orElse(words.getFirst());
    }

    private static String suffix(String stem, int offset) {
        int sum = 0;
        for (char c : stem.toCharArray()) {
            sum += c;
        }
        return SUFFIXES[(sum + offset * 3) % SUFFIXES.length];
    }
}
