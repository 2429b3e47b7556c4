package dev.truecoding.toolchain;

/** The part of a build or start log worth showing with an error: its error lines, then its end. */
public final class LogExcerpt {

    private LogExcerpt() {
    }

    public static String of(String log, int maxChars) {
        String[] lines = log.split("\\R");
        StringBuilder errors = new StringBuilder();
        for (String line : lines) {
            if (errors.length() + line.length() < maxChars / 2
                    && line.matches("(?i).*(error|failed|cannot|exception|ERR!|✗|×|FAIL ).*")) {
                errors.append(line).append('\n');
            }
        }
        StringBuilder tail = new StringBuilder();
        for (int i = lines.length - 1; i >= 0 && tail.length() + lines[i].length() < maxChars / 2; i--) {
            tail.insert(0, lines[i] + "\n");
        }
        return errors.isEmpty() ? tail.toString() : errors + "…\n" + tail;
    }
}
