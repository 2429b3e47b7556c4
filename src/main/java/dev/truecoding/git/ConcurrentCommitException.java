package dev.truecoding.git;

/**
 * {@code main} moved between reading its head and updating it (another commit or a push landed): the commit was
 * not applied, so nobody's work is silently overwritten. Retrying builds the commit on the new head.
 */
public class ConcurrentCommitException extends RuntimeException {

    public ConcurrentCommitException(String repository) {
        super("The repository " + repository + " changed while the commit was being written; nothing was committed.");
    }
}
