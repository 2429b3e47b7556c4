package dev.truecoding.assistant;

/**
 * Answers one message of a conversation. Implementations stream the reply's text through the sink as it is
 * produced (a few characters or words at a time) and return the complete reply; they never store anything.
 */
public interface Assistant {

    /** Provider and model, shown to the person and stored on each assistant message. */
    AssistantIdentity identity();

    /**
     * @throws AssistantUnavailableException when the provider cannot be reached or keeps refusing
     *                                        (after its retries), with a message fit to show to the person
     */
    AssistantReply reply(AssistantRequest request, TextSink sink);
}
