package dev.truecoding.generation;

import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The plan an app was last generated from and the migration files it has now (as in its repository), so that
 * generating a new version keeps them unchanged and only adds one. Paths are {@code migrations/<name>.sql}.
 *
 * @param renames     entities and fields the new plan renamed (a change said so): their tables and columns are
 *                    renamed in the new migration, rows kept, rather than left behind with new empty ones beside them
 * @param dropRemoved whether the owner confirmed that what the new plan no longer has may be dropped from the
 *                    database (columns, tables, narrowed types); without it nothing stored is ever dropped
 */
public record PreviousVersion(TechnicalPlan plan, List<GeneratedFileInfo> migrations, Renames renames, boolean dropRemoved) {

    public PreviousVersion {
        Objects.requireNonNull(plan, "previous technical plan");
        renames = renames == null ? Renames.NONE : renames;
        migrations = migrations.stream().sorted(Comparator.comparing(GeneratedFileInfo::path)).toList();
        for (GeneratedFileInfo file : migrations) {
            if (!file.path().matches("migrations/[^/]+\\.sql")) {
                throw new IllegalArgumentException("not a migration file (migrations/<name>.sql): " + file.path());
            }
        }
    }

    /** A new version that renames nothing and drops nothing (what generating again does). */
    public PreviousVersion(TechnicalPlan plan, List<GeneratedFileInfo> migrations) {
        this(plan, migrations, Renames.NONE, false);
    }

    /** Reads {@code appDirectory/migrations/*.sql} (UTF-8; a file that is not fails rather than being altered). */
    public static PreviousVersion read(TechnicalPlan plan, Path appDirectory) throws IOException {
        Path folder = appDirectory.resolve("migrations");
        List<GeneratedFileInfo> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path file : entries.filter(path -> path.getFileName().toString().endsWith(".sql"))
                        .filter(Files::isRegularFile).sorted().toList()) {
                    files.add(GeneratedFileInfo.of("migrations/" + file.getFileName(), Files.readString(file)));
                }
            }
        }
        return new PreviousVersion(plan, files);
    }

    /** The number the next migration file takes: one more than the highest leading number of the existing ones. */
    int nextNumber() {
        int highest = 0;
        for (GeneratedFileInfo file : migrations) {
            String name = file.path().substring("migrations/".length());
            int end = 0;
            while (end < name.length() && end < 9 && Character.isDigit(name.charAt(end))) {
                end++;
            }
            if (end > 0) {
                highest = Math.max(highest, Integer.parseInt(name.substring(0, end)));
            }
        }
        return Math.max(highest, migrations.size()) + 1;
    }
}
