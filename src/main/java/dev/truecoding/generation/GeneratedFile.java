package dev.truecoding.generation;

import java.time.Instant;

/** The seed's {@code GeneratedFile}: one file of the app as last committed, with the commit it is in. */
public record GeneratedFile(String id, String projectId, String path, String content, String commitSha, Instant createdAt) {
}
