package dev.truecoding.assistant.openai;

import com.openai.errors.OpenAIServiceException;
import com.openai.errors.SseException;
import dev.truecoding.assistant.model.FailureClassifier;
import dev.truecoding.assistant.model.ProviderFailure;
import dev.truecoding.assistant.model.ProviderFailure.Kind;

import java.util.List;

/**
 * Reads the OpenAI SDK's exceptions. An error inside a 200 stream (vLLM's and OpenRouter's {@code data:
 * {"error":…}} chunk) arrives as an {@link SseException}: the server failed while answering, which is worth
 * a retry as long as no text has arrived.
 */
final class OpenAiFailures implements FailureClassifier {

    @Override
    public ProviderFailure classify(Throwable failure) {
        return FailureClassifier.causeOf(failure, OpenAIServiceException.class)
                .map(OpenAiFailures::fromService)
                .orElseGet(() -> FailureClassifier.unreachableOrBroken(failure));
    }

    private static ProviderFailure fromService(OpenAIServiceException e) {
        if (e instanceof SseException) {
            return ProviderFailure.of(Kind.OVERLOADED, 0);
        }
        var retryAfter = FailureClassifier.retryAfter(first(e.headers().values("retry-after-ms")),
                first(e.headers().values("retry-after")));
        Kind kind = ProviderFailure.kindOf(e.statusCode());
        // OpenAI answers 429 for an exhausted quota too; waiting does not refill it.
        if (kind == Kind.RATE_LIMITED && e.code().filter("insufficient_quota"::equals).isPresent()) {
            kind = Kind.REJECTED;
        }
        return new ProviderFailure(kind, e.statusCode(), retryAfter);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }
}
