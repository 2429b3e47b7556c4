package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.Turn;
import dev.truecoding.plan.PlanViolation;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The prompt texts, kept as files under {@code assistant/prompts/} so they read (and change) as prose.
 * Placeholders are {@code {{name}}}; a placeholder without a value is a bug and fails loudly.
 */
final class Prompts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<AssistantPhase, String> systems = new EnumMap<>(AssistantPhase.class);
    private final String context = load("context");
    private final String planWriter = load("plan-writer");
    private final String writePlan = load("write-plan");
    private final String repair = load("repair");

    Prompts() {
        for (AssistantPhase phase : AssistantPhase.values()) {
            systems.put(phase, load(phase.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    String conversation(AssistantRequest request) {
        return render(systems.get(request.phase()), Map.of("marker", PlanReadyFilter.MARKER, "context", context(request)));
    }

    String planWriter(AssistantRequest request, String planName, String schema) {
        return render(planWriter, Map.of("planName", planName, "schema", schema, "context", context(request)));
    }

    String writePlan(String planName) {
        return render(writePlan, Map.of("planName", planName));
    }

    String repair(String planName, List<PlanViolation> violations) {
        String list = violations.stream().map(v -> "- " + v.path() + ": " + v.message()).collect(Collectors.joining("\n"));
        return render(repair, Map.of("planName", planName, "violations", list));
    }

    /** The conversation so far and the new message, as chat messages. */
    static List<Message> turns(AssistantRequest request) {
        List<Message> messages = new ArrayList<>();
        for (Turn turn : request.history()) {
            messages.add(turn.role() == Turn.Role.USER ? new UserMessage(turn.content()) : new AssistantMessage(turn.content()));
        }
        messages.add(new UserMessage(request.message()));
        return messages;
    }

    private String context(AssistantRequest request) {
        return render(context, Map.of(
                "businessPlan", request.businessPlan() == null ? "none yet" : json.writeValueAsString(request.businessPlan()),
                "technicalPlan", request.technicalPlan() == null ? "none yet" : json.writeValueAsString(request.technicalPlan())));
    }

    private static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for prompt placeholder " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString().strip();
    }

    private static String load(String name) {
        try {
            return new ClassPathResource("assistant/prompts/" + name + ".md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing prompt assistant/prompts/" + name + ".md", e);
        }
    }
}
