package dev.truecoding.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways on a reply offers: its last line, when it starts with {@link #MARKER}, lists them as code spans
 * ("↳ `skip` · `back` · `done`"). The text stays readable (and typeable) anywhere; the workspace chat shows the
 * same choices as buttons that send them. Read from the stored reply, so they survive a reload.
 */
public final class ReplyChoices {

    public static final String MARKER = "↳";
    private static final Pattern CHOICE = Pattern.compile("`([^`\\n]{1,60})`");
    private static final int MAX_CHOICES = 10;

    private ReplyChoices() {
    }

    /** The choices of the reply's last line, or none. */
    public static List<String> in(String reply) {
        if (reply == null) {
            return List.of();
        }
        String text = reply.strip();
        String last = text.substring(text.lastIndexOf('\n') + 1).strip();
        if (!last.startsWith(MARKER)) {
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        Matcher matcher = CHOICE.matcher(last);
        while (matcher.find() && choices.size() < MAX_CHOICES) {
            choices.add(matcher.group(1));
        }
        return List.copyOf(choices);
    }

    /** The line that offers {@code choices}, for an assistant to end its reply with. */
    public static String line(List<String> choices) {
        StringBuilder line = new StringBuilder(MARKER);
        for (int i = 0; i < choices.size(); i++) {
            line.append(i == 0 ? " " : " · ").append('`').append(choices.get(i)).append('`');
        }
        return line.toString();
    }
}
