package dev.truecoding.generation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why the code writer's fix rounds stopped, said so the person knows what it cost and where the build breaks, and
 * when two failures are "the same error": the same step with the same error lines, once what changes from run to
 * run (durations, timestamps, temporary paths) is left out.
 */
final class FixStop {

    /** A file of the app named in a log: the compilers and test runners print paths relative to the app. */
    private static final Pattern APP_FILE = Pattern.compile("(?<![\\w/.-])((?:src|tests)/[\\w@()\\[\\]./-]+\\.[a-z]{2,4})(?:[:(]\\d+[,:]?\\d*\\)?)?");
    private static final Pattern ERROR_LINE = Pattern.compile("(?i).*\\b(error|failed|fail|cannot|unexpected)\\b.*");
    private static final Pattern CHANGING = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s?(?:ms|s|m)\\b|\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z?|/tmp/\\S+|\\b[0-9a-f]{12,}\\b");
    private static final int MAX_ERROR = 200;

    private FixStop() {
    }

    /** The step and its error lines, normalized: equal for two runs that fail the same way. */
    static String signature(ValidationResult.Step failed) {
        String log = failed.logExcerpt() == null ? "" : failed.logExcerpt();
        String errors = log.lines().filter(line -> ERROR_LINE.matcher(line).matches())
                .map(FixStop::normalized).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
        return failed.name() + "\n" + (errors.isEmpty() ? normalized(log) : errors);
    }

    /**
     * "Stopped after 2 fix rounds and 41k tokens (0.31 USD; the budget of 40k tokens is spent): "typecheck" still
     * fails at src/app/api/x/route.ts(3,5): error TS2322: …".
     */
    static String message(int rounds, CodeMeter meter, String why, ValidationResult.Step failed) {
        String cost = meter.cost().map(amount -> amount.setScale(amount.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4,
                RoundingMode.HALF_UP).toPlainString() + " " + meter.currency() + "; ").orElse("");
        return "Stopped after " + rounds + " fix round" + (rounds == 1 ? "" : "s") + " and "
                + CodeMeter.kilo(meter.total().total()) + " tokens (" + cost + why + "): \"" + failed.name()
                + "\" still fails" + where(failed) + ". Nothing was committed; generate again to retry, or change the plan.";
    }

    /** " at src/app/page.tsx(3,5): error TS1005: ';' expected", or "" when the log names no file of the app. */
    static String where(ValidationResult.Step failed) {
        String log = failed.logExcerpt() == null ? "" : failed.logExcerpt();
        for (String line : log.lines().toList()) {
            Matcher file = APP_FILE.matcher(line);
            if (file.find() && ERROR_LINE.matcher(line).matches()) {
                return " at " + cut(line.substring(file.start()).strip()).replaceFirst("\\.+$", "");
            }
        }
        Matcher file = APP_FILE.matcher(log);
        return file.find() ? " at " + file.group() : "";
    }

    private static String normalized(String line) {
        return CHANGING.matcher(line).replaceAll("…").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String line) {
        String clean = line.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_ERROR ? clean : clean.substring(0, MAX_ERROR) + "…";
    }
}
