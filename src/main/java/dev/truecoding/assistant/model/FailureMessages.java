package dev.truecoding.assistant.model;

/**
 * Turns a {@link ProviderFailure} into a sentence for the person: what happened and which setting to check.
 * Built only from the profile and the failure's category, never from a response body, so neither the key nor
 * anything the provider echoed back can leak into it.
 */
final class FailureMessages {

    private FailureMessages() {
    }

    static String beforeReply(ProviderProfile profile, ProviderFailure failure, int attempts) {
        String name = profile.name();
        String status = failure.status() > 0 ? " (HTTP " + failure.status() + ")" : "";
        String tries = attempts > 1 ? " and still was after " + attempts + " attempts" : "";
        return switch (failure.kind()) {
            case UNREACHABLE -> name + " could not be reached at " + profile.baseUrl() + ". Check "
                    + profile.urlVariable() + " and that the server is running and reachable from True Coding.";
            case REFUSED_KEY -> name + " refused the request" + status + ". Check "
                    + (profile.keyVariable() == null ? "the server's access settings" : profile.keyVariable()) + ".";
            case UNKNOWN_MODEL -> name + " does not offer the model \"" + profile.identity().model() + "\"" + status
                    + ". Check " + profile.modelVariable() + " and " + profile.urlVariable() + ".";
            case RATE_LIMITED -> name + " is limiting requests" + status + tries + ". Try again in a minute.";
            case OVERLOADED -> name + " is overloaded or failing" + status + tries + ". Try again shortly.";
            case REJECTED -> name + " did not accept the request" + status + ". Check " + profile.modelVariable()
                    + " and the limits of your account.";
            case BROKEN -> name + " did not give a usable answer" + status + ". Try again.";
        };
    }

    static String midReply(ProviderProfile profile, ProviderFailure failure) {
        String reason = switch (failure.kind()) {
            case RATE_LIMITED -> "it started limiting requests";
            case OVERLOADED -> "it is overloaded";
            default -> "the connection broke";
        };
        return "The reply from " + profile.name() + " stopped before it was complete (" + reason
                + "). Send your message again.";
    }
}
