package dev.truecoding.assistant.anthropic;

import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.SseException;
import com.anthropic.models.ErrorType;
import dev.truecoding.assistant.model.FailureClassifier;
import dev.truecoding.assistant.model.ProviderFailure;
import dev.truecoding.assistant.model.ProviderFailure.Kind;

import java.util.List;

/**
 * Reads the Anthropic SDK's exceptions. An error event inside a 200 stream ({@code overloaded_error} under
 * load) arrives as an {@link SseException}, whose status is the stream's 200: its error type decides.
 */
final class AnthropicFailures implements FailureClassifier {

    @Override
    public ProviderFailure classify(Throwable failure) {
        return FailureClassifier.causeOf(failure, AnthropicServiceException.class)
                .map(AnthropicFailures::fromService)
                .orElseGet(() -> FailureClassifier.unreachableOrBroken(failure));
    }

    private static ProviderFailure fromService(AnthropicServiceException e) {
        int status = e instanceof SseException ? 0 : e.statusCode();
        Kind kind = e.errorType().map(AnthropicFailures::kindOf).orElse(null);
        if (kind == null) {
            kind = status > 0 ? ProviderFailure.kindOf(status) : Kind.BROKEN;
        }
        var retryAfter = FailureClassifier.retryAfter(first(e.headers().values("retry-after-ms")),
                first(e.headers().values("retry-after")));
        return new ProviderFailure(kind, status, retryAfter);
    }

    private static Kind kindOf(ErrorType type) {
        if (type.equals(ErrorType.OVERLOADED_ERROR) || type.equals(ErrorType.API_ERROR) || type.equals(ErrorType.TIMEOUT_ERROR)) {
            return Kind.OVERLOADED;
        }
        if (type.equals(ErrorType.RATE_LIMIT_ERROR)) {
            return Kind.RATE_LIMITED;
        }
        if (type.equals(ErrorType.AUTHENTICATION_ERROR) || type.equals(ErrorType.PERMISSION_ERROR)) {
            return Kind.REFUSED_KEY;
        }
        if (type.equals(ErrorType.NOT_FOUND_ERROR)) {
            return Kind.UNKNOWN_MODEL;
        }
        return type.equals(ErrorType.INVALID_REQUEST_ERROR) || type.equals(ErrorType.BILLING_ERROR) ? Kind.REJECTED : null;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }
}
