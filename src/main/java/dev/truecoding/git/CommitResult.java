package dev.truecoding.git;

/**
 * A commit that landed on {@code main}.
 *
 * @param sha          the commit's full SHA-1
 * @param fileCount    files in its tree
 * @param bytesWritten bytes of file content written (the "bytes pushed" of the generation's progress)
 */
public record CommitResult(String sha, int fileCount, long bytesWritten) {
}
