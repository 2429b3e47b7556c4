package dev.truecoding.generation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every name of one entity, derived once from what the plan calls it; templates only read these.
 *
 * @param label      the plan's own text, shown to people ("Órden de compra")
 * @param labelPlural heading for lists ("Repair jobs")
 * @param type       TypeScript type and component prefix ("OrdenDeCompra")
 * @param variable   a record in code ("ordenDeCompra")
 * @param plural     the Drizzle table constant and lists in code ("ordenDeCompras")
 * @param table      SQL table ("orden_de_compras")
 * @param route      URL segment of pages and API ("orden-de-compras")
 * @param fileName   file name of its modules ("orden-de-compra")
 */
public record EntityNames(String label, String labelPlural, String type, String variable, String plural,
                          String table, String route, String fileName) {

    /** Names for a plan entity; {@code suffix} (0 for none) tells apart entities whose names normalize alike. */
    public static EntityNames of(String planName, int suffix) {
        return of(planName, suffix, AppLanguage.ENGLISH);
    }

    /** @param language the app's: a Portuguese app's lists are headed "Receitas", "Itens do cardápio", "Reuniões" */
    public static EntityNames of(String planName, int suffix, AppLanguage language) {
        // One line, and nothing that ends a code comment: labels also appear in generated comments.
        String label = planName == null || planName.isBlank() ? "Item" : Js.oneLine(planName).replace("*/", "*∕");
        List<String> words = withSuffix(Naming.words(label), suffix);
        List<String> plural = withSuffix(Naming.plural(Naming.words(label)), suffix);
        return new EntityNames(
                label,
                language.isPortuguese() ? Naming.portuguesePluralLabel(Naming.humanLabel(label))
                        : Naming.pluralLabel(Naming.humanLabel(label)),
                ReservedWords.TYPESCRIPT.safe(Naming.pascal(words)),
                ReservedWords.TYPESCRIPT.safe(Naming.camel(words)),
                ReservedWords.TYPESCRIPT.safe(Naming.camel(plural)),
                Naming.sqlIdentifier(ReservedWords.POSTGRESQL.safe(Naming.snake(plural))),
                ReservedWords.ROUTE.safe(Naming.kebab(plural)),
                Naming.kebab(words));
    }

    /** The label as people read it on pages ("Repair job" for the plan's "RepairJob"). */
    public String title() {
        return Naming.humanLabel(label);
    }

    /** Every name that must not be shared with another entity (case-insensitive, as files and URLs are). */
    public Set<String> identifiers() {
        return Stream.of(type, variable, plural, table, route, fileName)
                .map(name -> name.toLowerCase(Locale.ROOT).replaceAll("[-_]", ""))
                .collect(Collectors.toSet());
    }

    private static List<String> withSuffix(List<String> words, int suffix) {
        if (suffix == 0) {
            return words;
        }
        List<String> out = new ArrayList<>(words);
        out.add(String.valueOf(suffix));
        return out;
    }
}
