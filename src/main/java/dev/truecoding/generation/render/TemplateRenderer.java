package dev.truecoding.generation.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.EntityModel;
import dev.truecoding.generation.model.PageModel;
import dev.truecoding.generation.model.SchemaDiff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the {@link TemplateCatalog} for an {@link AppModel}. Templates are compiled once and kept; HTML
 * escaping is off because the output is code: every plan text reaches it as a literal made by the model.
 * A variable missing from the model fails the render instead of writing an empty string.
 */
public final class TemplateRenderer {

    private static final String ROOT = "generation/nextjs/";

    // Partials ({{>path}}) are files under the same root: SQL both the first migration and a later one write.
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).nullValue("")
            .withLoader(name -> new java.io.StringReader(read(name)));
    private final Map<String, Template> compiled = new HashMap<>();
    private final Map<String, String> verbatim = new HashMap<>();
    private final Template planUpdate;

    public TemplateRenderer() {
        planUpdate = compiler.compile(read(TemplateCatalog.PLAN_UPDATE));
        for (TemplateCatalog.Entry entry : TemplateCatalog.ENTRIES) {
            String text = read(entry.template());
            if (entry.template().endsWith(".mustache")) {
                compiled.put(entry.template(), compiler.compile(text));
            } else {
                verbatim.put(entry.template(), text);
            }
        }
    }

    public List<GeneratedFileInfo> render(AppModel app) {
        List<GeneratedFileInfo> files = new ArrayList<>();
        for (TemplateCatalog.Entry entry : TemplateCatalog.ENTRIES) {
            if (!entry.condition().test(app)) {
                continue;
            }
            switch (entry.scope()) {
                case APP -> files.add(file(entry.output(), entry, Map.of("app", app)));
                case ENTITY -> {
                    for (EntityModel entity : app.entities()) {
                        String path = entry.output().replace("{route}", entity.route())
                                .replace("{fileName}", entity.fileName()).replace("{type}", entity.type());
                        files.add(file(path, entry, Map.of("app", app, "entity", entity)));
                    }
                }
                case TRANSITION -> {
                    for (EntityModel entity : app.entities()) {
                        for (var transition : entity.transitions()) {
                            files.add(file(entry.output().replace("{route}", entity.route())
                                    .replace("{action}", transition.segment()), entry,
                                    Map.of("app", app, "entity", entity, "transition", transition)));
                        }
                    }
                }
                case NESTED -> {
                    for (EntityModel entity : app.entities()) {
                        for (var nested : entity.nested()) {
                            files.add(file(entry.output().replace("{route}", entity.route())
                                    .replace("{child}", nested.segment()), entry,
                                    Map.of("app", app, "entity", entity, "nested", nested)));
                        }
                    }
                }
                case MINE, CUSTOM -> {
                    for (EntityModel entity : app.entities()) {
                        if (entry.scope() == TemplateCatalog.Scope.MINE ? entity.mine() : entity.hasCustomRoutes()) {
                            files.add(file(entry.output().replace("{route}", entity.route())
                                    .replace("{fileName}", entity.fileName()), entry, Map.of("app", app, "entity", entity)));
                        }
                    }
                }
                case PAGE -> {
                    for (PageModel page : app.pages()) {
                        files.add(file(entry.output().replace("{directory}", page.directory()), entry,
                                Map.of("app", app, "page", page)));
                    }
                }
            }
        }
        return files;
    }

    /** One file of the app written once (not per entity or page), e.g. README.md after its coverage report changed. */
    public GeneratedFileInfo renderAppFile(String output, AppModel app) {
        TemplateCatalog.Entry entry = TemplateCatalog.ENTRIES.stream()
                .filter(e -> e.scope() == TemplateCatalog.Scope.APP && e.output().equals(output) && e.condition().test(app))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no app template writes " + output));
        return file(output, entry, Map.of("app", app));
    }

    /** The migration that brings a database of the previous plan version up to this one, at {@code path}. */
    public GeneratedFileInfo renderMigration(String path, SchemaDiff diff) {
        return GeneratedFileInfo.of(path, planUpdate.execute(Map.of("diff", diff)));
    }

    private GeneratedFileInfo file(String path, TemplateCatalog.Entry entry, Map<String, Object> context) {
        Template template = compiled.get(entry.template());
        String content = template == null ? verbatim.get(entry.template()) : template.execute(context);
        return GeneratedFileInfo.of(path, content);
    }

    private static String read(String template) {
        try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(ROOT + template)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + ROOT + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
