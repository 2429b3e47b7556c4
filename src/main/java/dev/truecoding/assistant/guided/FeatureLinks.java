package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.Field;

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
 * What the features say about how the things they name hang together: "clubs with members", "each member has a
 * shelf" → a Club has many Members, a Member has many Shelves; "meeting around a book", "tarefas por aluno",
 * "reservas de mesas" → the second thing has many of the first; "services with prices", "sign up with name +
 * phone" → fields of the thing, when the words are fields people commonly mean (a price, a photo, a phone).
 */
final class FeatureLinks {

    /** {@code owner} has many {@code owned}. */
    record Link(String owner, String owned) {
    }

    /** @param fields by entity name, in the order found */
    record Links(List<Link> links, Map<String, List<Field>> fields) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+){0,3}|[.,;:+()/!?]");
    private static final Set<String> HAS = Set.of("with", "has", "have", "gets", "get", "owns", "com", "tem", "têm",
            "possui", "possuem", "including", "incluindo");
    private static final Set<String> OF = Set.of("of", "on", "around", "about", "per", "por", "de", "do", "da", "dos",
            "das", "sobre", "para", "pelo", "pela");
    private static final Set<String> SKIPPABLE = Set.of("a", "an", "the", "each", "every", "its", "their", "own",
            "um", "uma", "o", "os", "as", "cada", "seu", "sua", "seus", "suas", "also", "também");
    private static final Set<String> FIELD_SEPARATORS = Set.of(",", "+", "and", "e", "or", "ou");

    private FeatureLinks() {
    }

    /** @param things entity names by the singular noun they were found as ("member" → Member) */
    static Links read(List<String> texts, Map<String, String> things, boolean portuguese) {
        List<Link> links = new ArrayList<>();
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        for (String text : texts) {
            List<String> tokens = tokens(text);
            for (int i = 0; i < tokens.size(); i++) {
                String thing = thing(tokens.get(i), things, portuguese);
                if (thing == null || i + 1 >= tokens.size()) {
                    continue;
                }
                int at = i + 1;
                // "volunteers sign up with name + phone": a verb or two may stand between a thing and "with"
                for (int j = i + 2; j <= i + 3 && j < tokens.size(); j++) {
                    if (HAS.contains(tokens.get(j)) && tokens.subList(i + 1, j).stream().allMatch(
                            word -> Character.isLetter(word.charAt(0)) && thing(word, things, portuguese) == null
                                    && !HAS.contains(word) && !OF.contains(word))) {
                        at = j;
                        break;
                    }
                }
                String connector = tokens.get(at);
                int next = skip(tokens, at + 1);
                String other = next < tokens.size() ? thing(tokens.get(next), things, portuguese) : null;
                if (HAS.contains(connector)) {
                    if (other != null && !other.equals(thing)) {
                        links.add(new Link(thing, other));
                    } else {
                        fieldsAfter(tokens, at + 1, portuguese).forEach(field -> addField(fields, thing, field));
                    }
                } else if (OF.contains(connector) && other != null && !other.equals(thing)) {
                    links.add(new Link(other, thing));
                }
            }
        }
        return new Links(List.copyOf(links), fields);
    }

    /** "with name + phone", "com preços e fotos": the known fields listed after the word, until one is not a field. */
    private static List<Field> fieldsAfter(List<String> tokens, int start, boolean portuguese) {
        List<Field> found = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i <= tokens.size(); i++) {
            String token = i < tokens.size() ? tokens.get(i) : ",";
            boolean separator = FIELD_SEPARATORS.contains(token) || !Character.isLetterOrDigit(token.charAt(0));
            if (!separator) {
                phrase.append(phrase.isEmpty() ? "" : " ").append(token);
                if (FreeText.wordCount(phrase.toString()) > 3) {
                    break;
                }
                continue;
            }
            if (!phrase.isEmpty()) {
                Optional<Field> field = PlainRequests.knownField(phrase.toString(), portuguese);
                if (field.isEmpty()) {
                    break;
                }
                found.add(field.get());
                phrase.setLength(0);
            }
            if (!FIELD_SEPARATORS.contains(token)) {
                break;
            }
        }
        return found;
    }

    private static void addField(Map<String, List<Field>> fields, String entity, Field field) {
        List<Field> list = fields.computeIfAbsent(entity, name -> new ArrayList<>());
        if (list.stream().noneMatch(f -> f.name().equals(field.name()))) {
            list.add(field);
        }
    }

    private static int skip(List<String> tokens, int index) {
        while (index < tokens.size() && SKIPPABLE.contains(tokens.get(index))) {
            index++;
        }
        return index;
    }

    private static String thing(String token, Map<String, String> things, boolean portuguese) {
        String singular = portuguese ? Language.portugueseSingular(token) : EntityNaming.singular(token);
        return things.getOrDefault(singular, things.get(token));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group().replaceFirst("['’]s$", ""));
        }
        return tokens;
    }
}
