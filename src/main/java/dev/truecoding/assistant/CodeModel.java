package dev.truecoding.assistant;

import dev.truecoding.assistant.model.JsonText;

/**
 * The configured AI model, asked for one whole answer: what generation uses to write the code its templates do
 * not build. Exists only when a model provider (Anthropic, OpenAI-compatible, Ollama) is configured, never for
 * the guided assistant: inject it as {@code Optional<CodeModel>} or {@code ObjectProvider<CodeModel>}.
 */
public interface CodeModel {

    /** Provider and model, e.g. to say in the coverage report who wrote a file. */
    AssistantIdentity identity();

    /**
     * One request, answered as a whole (nothing is shown while it arrives), retried like the chat on 429, 5xx
     * and overload.
     *
     * @throws AssistantUnavailableException when the provider cannot be reached or keeps refusing, with a
     *                                        message fit to show to the person
     */
    Answer complete(String systemPrompt, String userPrompt);

    /**
     * The answer's whole text and the tokens the provider counted for it (a failed attempt before it, which
     * produced nothing, is not counted).
     */
    record Answer(String text, AssistantReply.Usage usage) {
    }

    /**
     * The JSON object in a model's answer, without the code fence or the sentences models put around it. Only a
     * candidate: the caller parses it and decides.
     */
    static String jsonIn(String answer) {
        return JsonText.extract(answer);
    }
}
