package dev.truecoding.assistant.fake;

import dev.truecoding.assistant.fake.FakeLlmServer.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ollama's {@code /api/chat} streaming format: one JSON object per line, the last with {@code done: true}. */
public final class OllamaWire {

    public static final String PATH = "/api/chat";
    public static final int PROMPT_EVAL_COUNT = 12;
    public static final int EVAL_COUNT = 7;

    private OllamaWire() {
    }

    public static Reply stream(String... chunks) {
        List<String> lines = content(chunks);
        lines.add("{\"model\":\"llama-test\",\"created_at\":\"2025-10-26T17:21:22.001Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":4883583458,\"load_duration\":1334875,"
                + "\"prompt_eval_count\":" + PROMPT_EVAL_COUNT + ",\"prompt_eval_duration\":342546000,\"eval_count\":" + EVAL_COUNT
                + ",\"eval_duration\":4535599000}\n");
        return ndjson(lines);
    }

    /** The status stays 200; a line carries only {@code error}, with no {@code done}. */
    public static Reply errorAfter(String... chunks) {
        List<String> lines = content(chunks);
        lines.add("{\"error\":\"an error was encountered while running the model: unexpected EOF\"}\n");
        return ndjson(lines);
    }

    public static Reply error(int status, String message, Map<String, String> headers) {
        return new Reply(status, "application/json", headers, List.of("{\"error\":\"" + message + "\"}"), Duration.ZERO);
    }

    private static List<String> content(String... chunks) {
        List<String> lines = new ArrayList<>();
        for (String text : chunks) {
            lines.add("{\"model\":\"llama-test\",\"created_at\":\"2025-10-26T17:21:21.196Z\",\"message\":{\"role\":\"assistant\",\"content\":"
                    + Json.string(text) + "},\"done\":false}\n");
        }
        return lines;
    }

    private static Reply ndjson(List<String> lines) {
        return new Reply(200, "application/x-ndjson", Map.of(), lines, Duration.ZERO);
    }
}
