package dev.truecoding.git;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file of a commit. The path is checked here, once, for every host: generated code and model output reach
 * it, so a path that could escape the repository or write into git's own files is refused with a clear message.
 *
 * @param path       relative, {@code /}-separated, e.g. {@code app/page.tsx}
 * @param content    the file's bytes
 * @param executable whether git records it as executable (mode 100755)
 */
public record FileToCommit(String path, byte[] content, boolean executable) {

    static final int MAX_PATH_LENGTH = 500;

    public FileToCommit {
        checkPath(path);
        if (content == null) {
            throw new IllegalArgumentException("The file " + path + " has no content.");
        }
        content = content.clone();
    }

    public static FileToCommit text(String path, String content) {
        return new FileToCommit(path, content.getBytes(StandardCharsets.UTF_8), false);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    private static void checkPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("A file path is empty.");
        }
        String shown = path.length() > 80 ? path.substring(0, 80) + "…" : path;
        if (path.length() > MAX_PATH_LENGTH) {
            throw new IllegalArgumentException("The path " + shown + " is longer than " + MAX_PATH_LENGTH + " characters.");
        }
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("The path " + shown.replace('\0', '?') + " contains a NUL character.");
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("The path " + shown + " is absolute or uses backslashes; paths are relative and use /.");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("The path " + shown + " has an empty, '.' or '..' segment.");
            }
            // .git in any case, and Windows' 8.3 alias, would write into git's own directory on checkout.
            String lower = segment.toLowerCase(Locale.ROOT);
            if (lower.replaceAll("[. ]+$", "").equals(".git") || lower.equals("git~1")) {
                throw new IllegalArgumentException("The path " + shown + " writes into .git, which git reserves for itself.");
            }
            if (segment.chars().anyMatch(c -> c < 0x20)) {
                throw new IllegalArgumentException("The path " + shown + " contains a control character.");
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileToCommit that && path.equals(that.path) && executable == that.executable
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "FileToCommit[" + path + ", " + content.length + " bytes" + (executable ? ", executable" : "") + "]";
    }
}
