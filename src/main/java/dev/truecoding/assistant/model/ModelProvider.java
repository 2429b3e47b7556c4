package dev.truecoding.assistant.model;

import dev.truecoding.assistant.Assistant;

/** One provider the assistant can be configured to use; {@code AssistantConfiguration} picks one. */
public interface ModelProvider {

    /** The value of {@code ASSISTANT_PROVIDER} that selects it, e.g. {@code anthropic}. */
    String id();

    /** Whether its settings say it is meant to be used (a key or an address is set). */
    boolean configured();

    /** Builds its client; called only for the provider chosen. */
    ModelClient client();

    /** The chat assistant on a client of its own. */
    default Assistant create() {
        return client().assistant();
    }
}
