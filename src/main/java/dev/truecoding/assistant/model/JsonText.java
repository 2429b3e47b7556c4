package dev.truecoding.assistant.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a model's answer. Even in JSON mode models wrap it: a fenced block, a sentence
 * before it ("Here is the plan:"), a remark after it. Whatever is found is only a candidate: the plan
 * validator (or the code writer) decides, and reports malformed JSON like any other violation.
 */
public final class JsonText {

    private static final Pattern FENCED = Pattern.compile("```(?:json|JSON)?\\s*\\n(.*?)\\n\\s*```", Pattern.DOTALL);

    private JsonText() {
    }

    public static String extract(String answer) {
        Matcher fenced = FENCED.matcher(answer);
        if (fenced.find() && fenced.group(1).strip().startsWith("{")) {
            return fenced.group(1).strip();
        }
        int start = answer.indexOf('{');
        if (start < 0) {
            return answer.strip();
        }
        int end = endOfObject(answer, start);
        return end < 0 ? answer.substring(start).strip() : answer.substring(start, end + 1);
    }

    /** The index of the brace closing the object opened at {@code start}, skipping braces inside strings. */
    private static int endOfObject(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
