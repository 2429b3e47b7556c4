package dev.truecoding.system;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Markdown from people and models, made safe for pages: CommonMark renders it with raw HTML escaped, then the
 * OWASP sanitizer keeps only formatting, lists, code, tables and http(s)/mailto links — no script, no event
 * handler, no style ever reaches the browser.
 */
@Component
public class Markdown {

    private static final int MAX_INPUT = 200_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "pre", "code", "hr", "br", "del")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    // A fenced block's language ("```ts" → class="language-ts"), so pages can highlight it.
                    .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[A-Za-z0-9_+#-]{1,32}")).onElements("code")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    public Markdown() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
    }

    public String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String input = markdown.length() > MAX_INPUT ? markdown.substring(0, MAX_INPUT) : markdown;
        return policy.sanitize(renderer.render(parser.parse(input)));
    }
}
