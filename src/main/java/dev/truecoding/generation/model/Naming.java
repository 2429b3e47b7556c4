package dev.truecoding.generation.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a person typed ("Órden de compra", "3D model", "订单") into ASCII words and the cases the
 * generated code needs. Every case is derived from the same words, so the names of one thing always agree.
 */
public final class Naming {

    private Naming() {
    }

    /** Lower-case ASCII words; never empty: text with no Latin letters or digits becomes a stable hashed word. */
    public static List<String> words(String raw) {
        String text = raw == null ? "" : raw.strip();
        String ascii = Normalizer.normalize(text
                        .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("œ", "oe"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // Split camelCase and acronyms before dropping everything that is not a letter or digit.
        String spaced = ascii.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String word : spaced.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            words.add("item" + shortHash(text));
        }
        if (Character.isDigit(words.getFirst().charAt(0))) {
            words.set(0, "n" + words.getFirst()); // identifiers cannot start with a digit: "3D" → "n3d"
        }
        return words;
    }

    public static String pascal(List<String> words) {
        StringBuilder out = new StringBuilder();
        words.forEach(word -> out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
        return out.toString();
    }

    public static String camel(List<String> words) {
        String pascal = pascal(words);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    public static String snake(List<String> words) {
        return String.join("_", words);
    }

    public static String kebab(List<String> words) {
        return String.join("-", words);
    }

    /** The same words with the last one in English plural ("category" → "categories"). */
    public static List<String> plural(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.set(out.size() - 1, pluralWord(out.getLast()));
        return out;
    }

    static String pluralWord(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /**
     * What people read for a name the plan wrote as an identifier: "RepairJob" → "Repair job", "dueDate" → "Due date",
     * "created_at" → "Created at", "APIKey" → "API key". Text with spaces or in other scripts is kept as typed.
     */
    public static String humanLabel(String label) {
        if (!label.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return label;
        }
        String spaced = label.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2").strip();
        List<String> words = new ArrayList<>();
        for (String word : spaced.split(" +")) {
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            words.add(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        String first = words.getFirst();
        words.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
        return String.join(" ", words);
    }

    /** A label's plural for headings: English words get an "s"; other text is left as typed. */
    /**
     * "Receita" → "Receitas", "Item do cardapio" → "Itens do cardapio", "Reunião" → "Reuniões": Portuguese puts the
     * plural on the first noun. Only the labels people read; identifiers keep the English rules they always had.
     */
    public static String portuguesePluralLabel(String label) {
        if (label.isBlank()) {
            return label;
        }
        int space = label.indexOf(' ');
        String first = space < 0 ? label : label.substring(0, space);
        String rest = space < 0 ? "" : label.substring(space);
        String lower = first.toLowerCase(Locale.ROOT);
        String plural;
        if (lower.endsWith("ão")) {
            plural = first.substring(0, first.length() - 2) + "ões";
        } else if (lower.endsWith("m")) {
            plural = first.substring(0, first.length() - 1) + "ns";
        } else if (lower.matches(".*[rz]") || lower.matches(".*[^aeiou]s") && !lower.endsWith("is")) {
            plural = first + "es";
        } else if (lower.matches(".*[aeou]l")) {
            plural = first.substring(0, first.length() - 1) + "is";
        } else if (lower.endsWith("s") || lower.endsWith("x")) {
            plural = first;
        } else {
            plural = first + "s";
        }
        return plural + rest;
    }

    public static String pluralLabel(String label) {
        if (!label.matches("[A-Za-z0-9 _-]*[A-Za-z]")) {
            return label;
        }
        int lastSpace = label.lastIndexOf(' ');
        String last = label.substring(lastSpace + 1);
        String plural = pluralWord(last.toLowerCase(Locale.ROOT));
        if (Character.isUpperCase(last.charAt(0))) {
            plural = Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
        }
        return label.substring(0, lastSpace + 1) + plural;
    }

    /** SQL identifiers are cut at 63 bytes by PostgreSQL: longer ones keep a prefix and a hash so they stay unique. */
    public static String sqlIdentifier(String name) {
        return name.length() <= 63 ? name : name.substring(0, 54) + "_" + shortHash(name);
    }

    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
