package dev.truecoding.generation;

import java.nio.charset.StandardCharsets;

/** One file of a generated app, as the seed's {@code GeneratedFileInfo}: path, content and size in bytes (UTF-8). */
public record GeneratedFileInfo(String path, String content, int size) {

    public static GeneratedFileInfo of(String path, String content) {
        return new GeneratedFileInfo(path, content, content.getBytes(StandardCharsets.UTF_8).length);
    }
}
