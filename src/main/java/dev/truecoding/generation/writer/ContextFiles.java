package dev.truecoding.generation.writer;

import dev.truecoding.generation.CoverageReport.Item;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.EntityModel;
import dev.truecoding.generation.model.PageModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The app's files shown to the model, within a budget: first those the caller names (a fix: files in the log,
 * then the model's own), then the files an open item is about (a page's file, an endpoint's entity routes and
 * service), then the shared helpers and one entity's files as an example of the template's style. Every other
 * file is listed by path only.
 */
final class ContextFiles {

    private static final List<String> SHARED = List.of("src/db/schema.ts", "src/db/client.ts", "src/lib/http.ts",
            "src/lib/form.ts", "src/app/layout.tsx", "tests/support.ts", "tests/factories.ts");

    private ContextFiles() {
    }

    /** Files in the order chosen, up to {@code budget} bytes in all. */
    static List<GeneratedFileInfo> choose(GeneratedApp app, AppModel model, List<Item> items, List<String> first,
                                          long budget) {
        Set<String> wanted = new LinkedHashSet<>(first);
        items.forEach(item -> wanted.addAll(about(item, model)));
        wanted.addAll(SHARED);
        if (!model.entities().isEmpty()) {
            wanted.addAll(entityFiles(model.entities().getFirst()));
            wanted.add("tests/" + model.entities().getFirst().fileName() + ".test.ts");
        }
        Map<String, GeneratedFileInfo> byPath = app.files().stream()
                .collect(Collectors.toMap(GeneratedFileInfo::path, Function.identity(), (a, b) -> b));
        List<GeneratedFileInfo> shown = new ArrayList<>();
        long size = 0;
        for (String path : wanted) {
            GeneratedFileInfo file = byPath.get(path);
            if (file != null && size + file.size() <= budget) {
                shown.add(file);
                size += file.size();
            }
        }
        return shown;
    }

    /** The files an item is about, as far as its subject tells: "About (/about)", "POST /api/posts/:id/publish". */
    private static List<String> about(Item item, AppModel model) {
        if (item.area().equals("page")) {
            for (PageModel page : model.pages()) {
                if (item.subject().startsWith(page.name() + " (")) {
                    return List.of("src/app/" + page.directory() + "/page.tsx");
                }
            }
            List<String> segments = segments(item.subject().replaceAll("^.*\\(([^)]*)\\)$", "$1"));
            if (segments.isEmpty()) {
                return List.of("src/app/page.tsx");
            }
            return entity(segments.getFirst(), model).map(entity -> List.of("src/app/" + entity.route() + "/page.tsx",
                    "src/app/" + entity.route() + "/[id]/page.tsx")).orElse(List.of());
        }
        if (item.area().equals("endpoint")) {
            List<String> segments = segments(item.subject().replaceFirst("^\\S+\\s+", ""));
            if (!segments.isEmpty() && segments.getFirst().equals("api")) {
                segments = segments.subList(1, segments.size());
            }
            if (!segments.isEmpty() && segments.getFirst().matches("v\\d+")) {
                segments = segments.subList(1, segments.size());
            }
            return segments.isEmpty() ? List.of()
                    : entity(segments.getFirst(), model).map(ContextFiles::entityFiles).orElse(List.of());
        }
        return List.of();
    }

    private static List<String> entityFiles(EntityModel entity) {
        return List.of("src/app/api/" + entity.route() + "/route.ts", "src/app/api/" + entity.route() + "/[id]/route.ts",
                "src/server/" + entity.fileName() + ".ts", "src/validation/" + entity.fileName() + ".ts");
    }

    private static Optional<EntityModel> entity(String segment, AppModel model) {
        String wanted = segment.toLowerCase(Locale.ROOT);
        return model.entities().stream()
                .filter(entity -> entity.route().equals(wanted) || entity.fileName().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceAll("[?#].*$", "").split("/")));
        segments.removeIf(String::isBlank);
        return segments;
    }
}
