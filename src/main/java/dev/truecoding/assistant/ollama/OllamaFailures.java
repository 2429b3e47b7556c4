package dev.truecoding.assistant.ollama;

import dev.truecoding.assistant.model.FailureClassifier;
import dev.truecoding.assistant.model.ProviderFailure;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Reads Spring WebClient's exceptions, which Spring AI's Ollama client streams with. Ollama's mid-stream
 * {@code {"error":…}} line has no message, which Spring AI fails on: that is a broken stream like any other.
 */
final class OllamaFailures implements FailureClassifier {

    @Override
    public ProviderFailure classify(Throwable failure) {
        return FailureClassifier.causeOf(failure, WebClientResponseException.class)
                .map(e -> new ProviderFailure(ProviderFailure.kindOf(e.getStatusCode().value()), e.getStatusCode().value(),
                        FailureClassifier.retryAfter(null, e.getHeaders().getFirst("Retry-After"))))
                .orElseGet(() -> FailureClassifier.unreachableOrBroken(failure));
    }
}
