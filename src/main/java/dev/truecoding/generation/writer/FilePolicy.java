package dev.truecoding.generation.writer;

import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.validation.SecretScanner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the model may write. An allow-list, not a block-list: source files under {@code src/} and {@code tests/},
 * except the database (schema and migrations stay the template's, in step with each other) and anything that
 * changes dependencies, settings or the build. Every path also passes {@link CodeValidator#checkPath}, and every
 * file the secret scanner.
 */
final class FilePolicy {

    private static final List<String> ROOTS = List.of("src/", "tests/");
    private static final Set<String> EXTENSIONS = Set.of("ts", "tsx", "js", "jsx", "mjs", "mts", "cjs", "css", "json");

    private FilePolicy() {
    }

    /** Why the model may not write {@code path}, or null when it may. */
    static String pathRefusal(String path) {
        if (path == null || path.isBlank()) {
            return "empty path";
        }
        List<String> segments = List.of(path.split("[/\\\\]", -1));
        if (segments.contains("..") || path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
                || path.matches("^[A-Za-z]:.*")) {
            return "path escapes the app";
        }
        if (segments.stream().anyMatch(".git"::equalsIgnoreCase)) {
            return "writes into .git";
        }
        String unsafe = CodeValidator.checkPath(path);
        if (unsafe != null) {
            return unsafe;
        }
        String name = segments.getLast().toLowerCase(Locale.ROOT);
        if (name.startsWith(".env")) {
            return "environment files hold settings and secrets, not code";
        }
        if (name.equals("package.json") || name.equals("package-lock.json")) {
            return "the dependencies are the template's";
        }
        if (ROOTS.stream().noneMatch(path::startsWith)) {
            return "only files under " + String.join(" and ", ROOTS) + " may be written";
        }
        if (path.startsWith("src/db/") || segments.contains("migrations")) {
            return "the database schema and migrations are the template's";
        }
        // Next.js runs one proxy (middleware) per app; with Clerk in the plan, the template's decides who is signed in.
        if (path.matches("src/(proxy|middleware)\\.[a-z]+")) {
            return "the request proxy (src/proxy.ts) is the template's";
        }
        if (segments.stream().anyMatch(segment -> segment.startsWith(".") || segment.equals("node_modules"))) {
            return "hidden files and node_modules are not written";
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1))) {
            return "only source files (" + EXTENSIONS.stream().sorted().map(ext -> "." + ext)
                    .collect(Collectors.joining(", ")) + ") may be written";
        }
        return null;
    }

    /** Why the model may not write this content at {@code path}, or null when it may. */
    static String contentRefusal(String path, String content, long maxBytes) {
        if (content.isBlank()) {
            return "empty file";
        }
        long size = content.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBytes) {
            return "larger than " + kib(maxBytes) + " (" + kib(size) + ")";
        }
        List<SecretScanner.Finding> secrets = SecretScanner.find(path, content);
        if (!secrets.isEmpty()) {
            return "contains what looks like a secret (" + secrets.stream()
                    .map(secret -> secret.variable() == null ? secret.kind() : secret.variable())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return null;
    }

    static String kib(long bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }
}
