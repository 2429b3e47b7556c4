package dev.truecoding.change;

import dev.truecoding.system.Phrase;
/**
 * One thing a change does to the records a live app already stores.
 *
 * @param subject        what it is about in the plan's words ("Member.phone", "Meeting", "Recipe ↔ Tag")
 * @param table          the table it happens in (after a rename, the new name)
 * @param column         the column, for column effects; null for a whole table
 * @param previousName   the old table or column name of a rename, else null
 * @param rows           rows in the table now; null when not counted
 * @param values         values (non-null) in the column now; null when not counted or not a column effect
 * @param existingRowsGet for a new column: the SQL default the rows already stored get; null when they get none
 * @param destructive    whether stored values would be lost or refused: applying needs the owner's yes
 * @param words          the effect for a person, in English ("Drops Member.phone: 11 values in 11 rows")
 * @param phrase         {@code words} as a phrase, for pages in the reader's language (null in older changes)
 */
public record DataEffect(Kind kind, String subject, String table, String column, String previousName, Long rows,
                         Long values, String existingRowsGet, boolean destructive, String words, Phrase phrase) {

    /** {@link #words()} in the language {@code say} speaks. */
    public String words(java.util.function.Function<Phrase, String> say) {
        return phrase == null ? words : say.apply(phrase);
    }

    public enum Kind {
        NEW_TABLE, NEW_COLUMN, RENAMED_TABLE, RENAMED_COLUMN, DROPPED_TABLE, DROPPED_COLUMN, NARROWED_TYPE, NOW_REQUIRED
    }
}
