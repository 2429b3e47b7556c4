package dev.truecoding.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The compilers' caches of an app's earlier build, copied into a new workspace of the same project so its build is
 * incremental: Next.js's {@code .next/cache} (Turbopack's persistent cache, keyed by content) and TypeScript's
 * {@code tsconfig.tsbuildinfo} ({@code incremental}). Copies, never links: the sandboxed build rewrites its own
 * copy, and the earlier build (maybe live) keeps its files. Both caches are checked by content by the tools
 * themselves, so a stale cache only costs time; a missing or unreadable one means a cold build. The caller keeps
 * each project's caches to that project: they were written by that project's own code.
 */
public final class BuildCaches {

    /** What may be seeded, relative to the app's root: nothing that is the app's source or its output. */
    static final List<String> CACHES = List.of(".next/cache", "tsconfig.tsbuildinfo");

    private BuildCaches() {
    }

    /**
     * Copies the caches {@code previousBuild} has into {@code workspace}; the ones copied, empty when there was
     * none (or copying failed: what was half-copied is removed again, and the build is a cold one).
     */
    public static List<String> seed(Path previousBuild, Path workspace) {
        List<String> seeded = new ArrayList<>();
        if (previousBuild == null || !Files.isDirectory(previousBuild, LinkOption.NOFOLLOW_LINKS)) {
            return seeded;
        }
        for (String cache : CACHES) {
            Path from = previousBuild.resolve(cache);
            Path to = workspace.resolve(cache);
            // A link planted by the earlier build is not followed: only real files and folders are copied.
            if (Files.isSymbolicLink(from) || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createDirectories(to.getParent());
                if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                    Trees.copy(from, to, Set.of());
                } else {
                    Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
                }
                seeded.add(cache);
            } catch (IOException e) {
                clear(workspace, cache);
            }
        }
        return seeded;
    }

    /** Removes the seeded caches from {@code workspace}, so the next build there starts cold. */
    public static void clear(Path workspace) throws IOException {
        for (String cache : CACHES) {
            Trees.delete(workspace.resolve(cache));
        }
    }

    private static void clear(Path workspace, String cache) {
        try {
            Trees.delete(workspace.resolve(cache));
        } catch (IOException ignored) {
            // a cold build overwrites what is left
        }
    }
}
