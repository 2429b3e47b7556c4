package dev.truecoding.generation.writer;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.truecoding.generation.CodeWriterSettings;
import dev.truecoding.generation.CoverageReport.Item;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The writer's prompts, kept as Markdown files under {@code generation/writer/} so they read as prose. A
 * variable missing from a render fails it (JMustache's default) rather than sending an empty hole.
 */
final class WriterPrompts {

    /** The plan as JSON is cut beyond this: a plan this large is already more than a model can use. */
    static final int MAX_PLAN_CHARS = 48_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false);
    private final Template system = compiler.compile(load("system"));
    private final Template write = compiler.compile(load("write"));
    private final Template fix = compiler.compile(load("fix"));

    String system(CodeWriterSettings settings) {
        return system.execute(Map.of("maxFiles", settings.maxFiles(),
                "maxFileKiB", settings.maxFileSize().toKilobytes(),
                "maxTotalKiB", settings.maxTotalSize().toKilobytes())).strip();
    }

    String write(TechnicalPlan technical, BusinessPlan business, List<Item> items, GeneratedApp app,
                 List<GeneratedFileInfo> shown) {
        return write.execute(Map.of("technicalPlan", json(technical),
                "businessPlan", business == null ? "none" : json(business),
                "items", OpenItems.list(items),
                "paths", paths(app),
                "files", files(shown))).strip();
    }

    String fix(TechnicalPlan technical, List<Item> items, List<String> written, String step, String log,
               GeneratedApp app, List<GeneratedFileInfo> shown) {
        return fix.execute(Map.of("technicalPlan", json(technical),
                "items", OpenItems.list(items),
                "written", written.isEmpty() ? "none" : String.join(", ", written),
                "step", step,
                "log", log,
                "paths", paths(app),
                "files", files(shown))).strip();
    }

    /** The start and the end of a long log, where the command and the error usually are. */
    static String excerpt(String log, int maxChars) {
        String text = log == null || log.isBlank() ? "(no output)" : log.strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int head = maxChars / 4;
        return text.substring(0, head) + "\n… (" + (text.length() - maxChars) + " characters left out) …\n"
                + text.substring(text.length() - (maxChars - head));
    }

    private static String json(Object plan) {
        String text = JSON.writeValueAsString(plan);
        return text.length() <= MAX_PLAN_CHARS ? text : text.substring(0, MAX_PLAN_CHARS) + " … (cut)";
    }

    private static String paths(GeneratedApp app) {
        return app.files().stream().map(GeneratedFileInfo::path).collect(Collectors.joining("\n"));
    }

    private static String files(List<GeneratedFileInfo> shown) {
        return shown.stream().map(file -> "<file path=\"" + file.path() + "\">\n" + file.content().strip() + "\n</file>")
                .collect(Collectors.joining("\n\n"));
    }

    private static String load(String name) {
        try {
            return new ClassPathResource("generation/writer/" + name + ".md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing prompt generation/writer/" + name + ".md", e);
        }
    }
}
