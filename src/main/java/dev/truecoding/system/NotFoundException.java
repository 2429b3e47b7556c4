package dev.truecoding.system;

/**
 * Something the signed-in person asked for does not exist <em>for them</em>: another user's ids are answered
 * exactly like missing ones, so ids reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String what;

    public NotFoundException(String what) {
        super(what + " not found");
        this.what = what;
    }

    /**
     * What was not found, said in the reader's language: {@code problem.notFound.<What>} ("Project" →
     * {@code problem.notFound.Project}), or the English name in the generic sentence for a thing without one.
     */
    public Phrase phrase() {
        String key = "problem.notFound." + what.replaceAll("[^A-Za-z]", "");
        return Phrases.has(key) ? Phrase.of(key) : Phrase.of("problem.notFound", what);
    }
}
