package dev.truecoding.support;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.TextSink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;

/**
 * An assistant whose next replies a test scripts, so the chat pipeline (storage, streaming, validation, errors)
 * is tested on its own. Each script receives the request and the sink, like a real provider.
 */
public final class ScriptedAssistant implements Assistant {

    private final ConcurrentLinkedQueue<BiFunction<AssistantRequest, TextSink, AssistantReply>> scripts = new ConcurrentLinkedQueue<>();
    private final List<AssistantRequest> requests = Collections.synchronizedList(new ArrayList<>());

    /** Factory for {@code @TestBean}, which replaces the application's "assistant" bean with this one. */
    public static Assistant create() {
        return new ScriptedAssistant();
    }

    @Override
    public AssistantIdentity identity() {
        return new AssistantIdentity("Scripted", "scripted-1");
    }

    @Override
    public AssistantReply reply(AssistantRequest request, TextSink sink) {
        requests.add(request);
        var script = scripts.poll();
        if (script == null) {
            throw new IllegalStateException("No scripted reply left");
        }
        return script.apply(request, sink);
    }

    public void next(BiFunction<AssistantRequest, TextSink, AssistantReply> script) {
        scripts.add(script);
    }

    /** A reply streamed in the given chunks. */
    public static AssistantReply stream(TextSink sink, AssistantReply reply, String... chunks) {
        for (String chunk : chunks) {
            sink.text(chunk);
        }
        return reply;
    }

    public List<AssistantRequest> requests() {
        return requests;
    }
}
