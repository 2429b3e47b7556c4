package dev.truecoding.assistant.guided;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListParserTests {

    private static java.util.List<String> items(String text) {
        return ListParser.items(text, 20, 100);
    }

    @Test
    void readsOneItemPerLine() {
        assertThat(items("Search\nFavorites\n\n  Sharing  ")).containsExactly("Search", "Favorites", "Sharing");
    }

    @Test
    void readsCommasSemicolonsAndAnd() {
        assertThat(items("search, favorites and sharing")).containsExactly("search", "favorites", "sharing");
        assertThat(items("search; favorites; sharing.")).containsExactly("search", "favorites", "sharing");
        assertThat(items("search, favorites, and sharing")).containsExactly("search", "favorites", "sharing");
        assertThat(items("search & filters plus export")).containsExactly("search", "filters", "export");
    }

    @Test
    void readsEveryKindOfBullet() {
        assertThat(items("- one\n* two\n• three\n1. four\n2) five\n+ six"))
                .containsExactly("one", "two", "three", "four", "five", "six");
        assertThat(items("1. one 2. two 3. three")).containsExactly("one", "two", "three");
    }

    @Test
    void keepsDescribedItemsWhole() {
        assertThat(items("Paprika — expensive, and no sharing")).containsExactly("Paprika — expensive, and no sharing");
        assertThat(items("Search: find recipes, Favorites: save them")).containsExactly("Search: find recipes", "Favorites: save them");
        assertThat(items("Search (high), Favorites (low)")).containsExactly("Search (high)", "Favorites (low)");
    }

    @Test
    void ignoresEmptiesSkipsAndDuplicatesAndCapsLengths() {
        assertThat(items(", ,\n-\nnone\nSearch\nsearch\n\"Export\"")).containsExactly("Search", "Export");
        assertThat(ListParser.items("a, b, c, d", 2, 100)).containsExactly("a", "b");
        assertThat(ListParser.items("word ".repeat(100), 5, 30).getFirst()).hasSizeLessThanOrEqualTo(30).endsWith("…");
        assertThat(items("")).isEmpty();
        assertThat(items(null)).isEmpty();
    }

    @Test
    void readsInlineDashListsPortugueseAndAndWordsSharingWhatFollows() {
        assertThat(items("- clubs with members - each member has a shelf - schedule a meeting"))
                .containsExactly("clubs with members", "each member has a shelf", "schedule a meeting");
        assertThat(items("• reservas • cardápio")).containsExactly("reservas", "cardápio");
        assertThat(items("reservas de mesas e programa de fidelidade")).containsExactly("reservas de mesas", "programa de fidelidade");
        assertThat(items("rate and review books")).containsExactly("rate and review books");
        assertThat(items("chat entre motorista e passageiro")).containsExactly("chat entre motorista e passageiro");
        assertThat(items("1) assign chores 2) mark a chore done")).containsExactly("assign chores", "mark a chore done");
    }
}
