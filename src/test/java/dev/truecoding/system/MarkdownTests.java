package dev.truecoding.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersFormattingListsCodeAndLinks() {
        String html = markdown.render("**Bold** and *soft*\n\n- one\n- two\n\n`code` [site](https://example.com)");
        assertThat(html).contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>", "<code>code</code>")
                .contains("href=\"https://example.com\"").contains("nofollow", "noopener");
    }

    @Test
    void aFencedBlockKeepsItsLanguageForHighlightingAndNothingElse() {
        assertThat(markdown.render("```ts\nconst a = 1;\n```")).contains("<code class=\"language-ts\">");
        assertThat(markdown.render("`a`{.evil}")).doesNotContain("class=");
        assertThat(markdown.render("<code class=\"language-ts\" onclick=\"x()\">a</code>")).doesNotContain("<code class").doesNotContain(" onclick=");
    }

    @Test
    void neverLetsScriptThrough() {
        String[] attacks = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<div style=\"background:url(javascript:alert(1))\">x</div>"};
        for (String attack : attacks) {
            String html = markdown.render(attack).toLowerCase();
            // Escaped text such as "&lt;img onerror" is harmless; no live tag, handler or dangerous URL may remain.
            assertThat(html).as(attack).doesNotContain("<script", "<img", "<svg", "<iframe", "onerror=\"", "onload=\"", "href=\"javascript", "href=\"data", "style=");
        }
    }
}
