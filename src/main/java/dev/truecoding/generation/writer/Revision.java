package dev.truecoding.generation.writer;

import dev.truecoding.generation.CodeWriterSettings;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.WrittenApp;
import dev.truecoding.generation.WrittenApp.Refusal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies one answer of the model to the app: each file is checked on its own (path, size, secrets) and either
 * written or refused with its reason, in the answer's order, until the answer's limits are reached. Files are
 * only added or replaced, never removed. The items the model says it implemented count only when none of its
 * files was refused, since a refused file may be what an item needed.
 */
final class Revision {

    private Revision() {
    }

    static WrittenApp apply(GeneratedApp app, List<String> writtenBefore, ModelAnswer answer, CodeWriterSettings settings,
                            String model) {
        Map<String, GeneratedFileInfo> accepted = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (ModelAnswer.File file : answer.files()) {
            String reason = FilePolicy.pathRefusal(file.path());
            if (reason == null && !seen.add(file.path())) {
                reason = "written twice in one answer";
            }
            if (reason == null) {
                reason = clash(file.path(), app, accepted.keySet());
            }
            if (reason == null && accepted.size() >= settings.maxFiles()) {
                reason = "more than " + settings.maxFiles() + " files in one answer";
            }
            if (reason == null) {
                reason = FilePolicy.contentRefusal(file.path(), file.content(), settings.maxFileSize().toBytes());
            }
            GeneratedFileInfo info = GeneratedFileInfo.of(file.path(), file.content());
            if (reason == null && total + info.size() > settings.maxTotalSize().toBytes()) {
                reason = "the answer's files pass " + FilePolicy.kib(settings.maxTotalSize().toBytes()) + " in all";
            }
            if (reason == null) {
                accepted.put(info.path(), info);
                total += info.size();
            } else {
                refused.add(new Refusal(printable(file.path()), reason.replaceAll("\\p{Cntrl}", "?")));
            }
        }

        Set<String> written = new LinkedHashSet<>(writtenBefore);
        written.addAll(accepted.keySet());
        List<GeneratedFileInfo> files = new ArrayList<>();
        for (GeneratedFileInfo file : app.files()) {
            GeneratedFileInfo replacement = accepted.remove(file.path());
            files.add(replacement == null ? file : replacement);
        }
        files.addAll(accepted.values());
        CoverageReport coverage = refused.isEmpty()
                ? OpenItems.markImplemented(app.coverage(), answer.implemented(), model)
                : app.coverage();
        return new WrittenApp(new GeneratedApp(files, coverage), List.copyOf(written), refused);
    }

    /** A file where a folder must go, or the other way round ("src/app/page.tsx/x.ts"), could not be written out. */
    private static String clash(String path, GeneratedApp app, Set<String> accepted) {
        return Stream.concat(app.files().stream().map(GeneratedFileInfo::path), accepted.stream())
                .filter(other -> other.startsWith(path + "/") || path.startsWith(other + "/"))
                .findFirst().map(other -> "clashes with " + other + " (a file and a folder of the same name)").orElse(null);
    }

    /** A refused path is shown and logged: no control characters, and not endless. */
    private static String printable(String path) {
        String clean = path.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "…";
    }
}
