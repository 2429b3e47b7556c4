package dev.truecoding.generation;

import java.util.List;

/**
 * The template app with what the model wrote: the files it wrote added or replacing the template's, and the
 * coverage items it implemented marked {@code GENERATED} ("written by &lt;model&gt;").
 *
 * @param app     every file, ready to validate
 * @param written the paths the model wrote, in all rounds so far, in the order first written
 * @param refused the files of the last answer that were not written, each with why
 */
public record WrittenApp(GeneratedApp app, List<String> written, List<Refusal> refused) {

    public WrittenApp {
        written = List.copyOf(written);
        refused = List.copyOf(refused);
    }

    /** A file of the model's answer that was not written. */
    public record Refusal(String path, String reason) {

        /** "../../etc/passwd: path escapes the app" */
        public String message() {
            return path + ": " + reason;
        }
    }

    /** The template app as it is, when there was nothing for the model to write. */
    public static WrittenApp unchanged(GeneratedApp template) {
        return new WrittenApp(template, List.of(), List.of());
    }
}
