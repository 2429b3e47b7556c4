package dev.truecoding.assistant.fake;

import dev.truecoding.assistant.fake.FakeLlmServer.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Anthropic's Messages API streaming format: named SSE events, usage in message_start and message_delta. */
public final class AnthropicWire {

    public static final String PATH = "/v1/messages";
    public static final int INPUT_TOKENS = 12;
    public static final int OUTPUT_TOKENS = 7;

    private AnthropicWire() {
    }

    public static Reply stream(String... chunks) {
        List<String> frames = start(chunks);
        frames.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        frames.add(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
                + "\"usage\":{\"output_tokens\":" + OUTPUT_TOKENS + "}}"));
        frames.add(event("message_stop", "{\"type\":\"message_stop\"}"));
        return sse(frames);
    }

    /** The stream starts, sends these chunks, then an {@code overloaded_error} event; no message_stop follows. */
    public static Reply overloadedAfter(String... chunks) {
        List<String> frames = start(chunks);
        frames.add(event("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        return sse(frames);
    }

    public static Reply rateLimited(String retryAfter) {
        return error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit",
                Map.of("retry-after", retryAfter));
    }

    public static Reply overloaded() {
        return error(529, "overloaded_error", "Overloaded", Map.of());
    }

    public static Reply error(int status, String type, String message, Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("request-id", "req_011fake");
        return new Reply(status, "application/json", all, List.of("{\"type\":\"error\",\"error\":{\"type\":\"" + type
                + "\",\"message\":\"" + message + "\"},\"request_id\":\"req_011fake\"}"), Duration.ZERO);
    }

    private static List<String> start(String... chunks) {
        List<String> frames = new ArrayList<>();
        frames.add(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-test\",\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + INPUT_TOKENS + ",\"output_tokens\":1}}}"));
        frames.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        frames.add(event("ping", "{\"type\":\"ping\"}"));
        for (String chunk : chunks) {
            frames.add(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
                    + Json.string(chunk) + "}}"));
        }
        return frames;
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static Reply sse(List<String> frames) {
        return new Reply(200, "text/event-stream", Map.of("request-id", "req_011fake"), frames, Duration.ZERO);
    }
}
