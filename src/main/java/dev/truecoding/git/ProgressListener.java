package dev.truecoding.git;

/** Told as a commit's objects are written, so a generation run can show real progress. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (objectsWritten, totalObjects, bytesWritten) -> {
    };

    /**
     * @param objectsWritten files written so far
     * @param totalObjects   files in the commit
     * @param bytesWritten   content bytes written so far
     */
    void progress(int objectsWritten, int totalObjects, long bytesWritten);
}
