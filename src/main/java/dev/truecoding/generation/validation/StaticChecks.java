package dev.truecoding.generation.validation;

import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.EntityModel;
import dev.truecoding.generation.model.PageModel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks that need no tools: safe paths, bounded sizes, well-formed JSON and YAML, no secrets, nothing missing. */
public final class StaticChecks {

    public static final int MAX_PATH_LENGTH = 500; // generated_files.path is VARCHAR(500)
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StaticChecks() {
    }

    /** A reason the path is unsafe, or null: relative, normalized, no "..", nothing under .git/, short enough. */
    public static String checkPath(String path) {
        if (path == null || path.isEmpty()) {
            return "empty path";
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return "path longer than " + MAX_PATH_LENGTH + " characters: " + path.substring(0, 60) + "…";
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*") || path.startsWith("~")) {
            return "absolute path: " + path;
        }
        if (path.contains("\\") || path.chars().anyMatch(c -> c < 0x20)) {
            return "backslash or control character in path: " + path;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "path not normalized (empty, . or .. segment): " + path;
            }
            if (segment.equalsIgnoreCase(".git")) {
                return "path under .git/: " + path;
            }
        }
        return null;
    }

    public static List<String> check(GeneratedApp app, AppModel model) {
        List<String> problems = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        long total = 0;
        for (GeneratedFileInfo file : app.files()) {
            String pathProblem = checkPath(file.path());
            if (pathProblem != null) {
                problems.add(pathProblem);
                continue;
            }
            if (!paths.add(file.path())) {
                problems.add("two files with the path " + file.path());
            }
            total += file.size();
            if (file.size() > MAX_FILE_BYTES) {
                problems.add(file.path() + ": larger than " + MAX_FILE_BYTES + " bytes");
            }
            problems.addAll(wellFormed(file));
            problems.addAll(SecretScanner.scan(file.path(), file.content()));
        }
        if (total > MAX_TOTAL_BYTES) {
            problems.add("the app is larger than " + MAX_TOTAL_BYTES + " bytes");
        }
        if (model != null) {
            problems.addAll(missing(paths, model));
        }
        return problems;
    }

    private static List<String> wellFormed(GeneratedFileInfo file) {
        try {
            if (file.path().endsWith(".json")) {
                JSON.readTree(file.content());
            } else if (file.path().endsWith(".yml") || file.path().endsWith(".yaml")) {
                new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(file.content()).forEach(document -> { });
            }
            return List.of();
        } catch (JacksonException | org.yaml.snakeyaml.error.YAMLException e) {
            return List.of(file.path() + ": not well-formed: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Every entity of the plan has its API and pages, every page of the plan its file. */
    private static List<String> missing(Set<String> paths, AppModel model) {
        List<String> problems = new ArrayList<>();
        for (EntityModel entity : model.entities()) {
            for (String path : List.of("src/app/api/" + entity.route() + "/route.ts",
                    "src/app/api/" + entity.route() + "/[id]/route.ts", "src/app/" + entity.route() + "/page.tsx",
                    "src/app/" + entity.route() + "/[id]/page.tsx", "tests/" + entity.fileName() + ".test.ts")) {
                if (!paths.contains(path)) {
                    problems.add("entity " + entity.label() + " has no " + path);
                }
            }
        }
        for (PageModel page : model.pages()) {
            if (!paths.contains("src/app/" + page.directory() + "/page.tsx")) {
                problems.add("page " + page.name() + " has no src/app/" + page.directory() + "/page.tsx");
            }
        }
        return problems;
    }
}
