package dev.truecoding.git;

import java.util.List;

/**
 * A file the three-way merge could not settle: the generated change and the repository both changed it.
 *
 * @param hunks      the conflicting regions of a text file, each side's lines (empty for the other kinds)
 * @param withMarkers the file with git's conflict markers ({@code <<<<<<< generated} … {@code >>>>>>> repository}),
 *                   what a person edits to settle it by hand; null when the file is not text both sides have
 */
public record MergeConflict(String path, Kind kind, List<Hunk> hunks, String withMarkers) {

    public enum Kind {
        /** Both changed the same lines. */
        CONTENT,
        /** Both added a file at this path, with different contents. */
        ADDED_BOTH,
        /** The repository deleted the file; the generated change changes it. */
        DELETED_IN_REPOSITORY,
        /** Both changed a file that is not text. */
        BINARY
    }

    /**
     * One conflicting region. Line numbers start at 1, in each side's version of the file.
     *
     * @param base the lines as True Coding last committed them (empty when the file is new on both sides)
     */
    public record Hunk(int generatedLine, List<String> generated, int repositoryLine, List<String> repository,
                       List<String> base) {

        public Hunk {
            generated = List.copyOf(generated);
            repository = List.copyOf(repository);
            base = List.copyOf(base);
        }
    }

    public MergeConflict {
        hunks = List.copyOf(hunks);
    }
}
