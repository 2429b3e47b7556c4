package dev.truecoding.assistant.fake;

import dev.truecoding.assistant.fake.FakeLlmServer.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** OpenAI's Chat Completions streaming format: {@code data:} chunks, a usage chunk, then {@code data: [DONE]}. */
public final class OpenAiWire {

    public static final String PATH = "/v1/chat/completions";
    public static final int PROMPT_TOKENS = 12;
    public static final int COMPLETION_TOKENS = 7;

    private OpenAiWire() {
    }

    public static Reply stream(String... chunks) {
        List<String> frames = content(chunks);
        frames.add(finish());
        frames.add(data("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"gpt-test\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":" + PROMPT_TOKENS + ",\"completion_tokens\":" + COMPLETION_TOKENS
                + ",\"total_tokens\":" + (PROMPT_TOKENS + COMPLETION_TOKENS) + "}}"));
        frames.add("data: [DONE]\n\n");
        return sse(frames);
    }

    /** As LM Studio 0.3.8 streams: no usage chunk despite {@code include_usage}. */
    public static Reply streamWithoutUsage(String... chunks) {
        List<String> frames = content(chunks);
        frames.add(finish());
        frames.add("data: [DONE]\n\n");
        return sse(frames);
    }

    /** As OpenRouter streams: SSE comment lines while it waits for the model, and between chunks. */
    public static Reply streamWithComments(String... chunks) {
        List<String> frames = new ArrayList<>();
        frames.add(": OPENROUTER PROCESSING\n\n");
        for (String frame : stream(chunks).frames()) {
            frames.add(frame);
            frames.add(": OPENROUTER PROCESSING\n\n");
        }
        return sse(frames);
    }

    /** OpenRouter's mid-stream error: HTTP stays 200, a chunk carries {@code error} and finish_reason "error". */
    public static Reply errorAfter(String... chunks) {
        List<String> frames = content(chunks);
        frames.add(data("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"gpt-test\","
                + "\"error\":{\"code\":\"server_error\",\"message\":\"Provider disconnected\"},"
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}"));
        return sse(frames);
    }

    public static Reply rateLimited(String retryAfter) {
        return error(429, "rate_limit_exceeded", "Rate limit reached for requests", Map.of("retry-after", retryAfter));
    }

    public static Reply unavailable() {
        return error(503, "server_error", "The server is overloaded", Map.of());
    }

    public static Reply error(int status, String code, String message, Map<String, String> headers) {
        return new Reply(status, "application/json", headers, List.of("{\"error\":{\"message\":\"" + message
                + "\",\"type\":\"requests\",\"param\":null,\"code\":\"" + code + "\"}}"), Duration.ZERO);
    }

    private static List<String> content(String... chunks) {
        List<String> frames = new ArrayList<>();
        frames.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", "null"));
        for (String text : chunks) {
            frames.add(chunk("{\"content\":" + Json.string(text) + "}", "null"));
        }
        return frames;
    }

    private static String finish() {
        return chunk("{}", "\"stop\"");
    }

    private static String chunk(String delta, String finishReason) {
        return data("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"gpt-test\","
                + "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,"
                + "\"finish_reason\":" + finishReason + "}],\"usage\":null}");
    }

    private static String data(String json) {
        return "data: " + json + "\n\n";
    }

    private static Reply sse(List<String> frames) {
        return new Reply(200, "text/event-stream", Map.of("x-request-id", "req_fake"), frames, Duration.ZERO);
    }
}
