package dev.truecoding.vercel;

/**
 * What a call to Vercel needs: the access token and, for a team, its id (sent as {@code ?teamId=} on every call).
 * {@link #toString()} leaves the token out, so it cannot reach a log by accident.
 */
record VercelCredentials(String token, String teamId) {

    boolean hasTeam() {
        return teamId != null && !teamId.isBlank();
    }

    @Override
    public String toString() {
        return "VercelCredentials[teamId=" + teamId + "]";
    }
}
