package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelException.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Vercel's integration flow (https://vercel.com/docs/integrations/create-integration, "External" installation;
 * https://vercel.com/docs/rest-api/vercel-api-integrations): the person is sent to
 * {@code /integrations/<slug>/new?state=…}, picks their account or a team, and Vercel redirects to the integration's
 * Redirect URL with {@code code}, {@code state}, {@code configurationId} (and {@code teamId} for a team). The code
 * is single use and lasts 30 minutes; {@code POST /v2/oauth/access_token} (form-encoded) exchanges it for a token
 * and says which team it was installed on ({@code team_id}, null for a personal account).
 * The error shape of that endpoint is not documented: both Vercel's {@code {"error":{…}}} and OAuth's
 * {@code {"error":"…","error_description":"…"}} are read. It is never retried: a code may be spent by a failed call.
 */
@Component
class VercelOAuth {

    private final RestClient http = VercelApi.client();
    private final JsonMapper json;
    private final VercelSettings settings;

    VercelOAuth(JsonMapper json, VercelSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    String installUrl(String state) {
        return UriComponentsBuilder.fromUriString(settings.webUrl() + "/integrations/{slug}/new")
                .queryParam("state", state)
                .encode().buildAndExpand(settings.integrationSlug()).toUriString();
    }

    Grant exchange(String code, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        // Written as bytes, not through a message converter: converters log bodies at DEBUG, and this one holds the
        // client secret and the code.
        byte[] body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        int status;
        JsonNode answer;
        try {
            var response = http.post().uri(settings.apiUrl() + "/v2/oauth/access_token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                    .header(HttpHeaders.USER_AGENT, "TrueCoding")
                    .body(output -> output.write(body))
                    .exchange((req, res) -> Map.entry(res.getStatusCode().value(),
                            new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
            status = response.getKey();
            answer = json.readTree(response.getValue().isBlank() ? "{}" : response.getValue());
        } catch (ResourceAccessException e) {
            throw new VercelException(Reason.UNAVAILABLE, 0, "Could not reach Vercel at " + settings.apiUrl() + ". Try again later.");
        } catch (JacksonException e) {
            throw new VercelException(Reason.UNAVAILABLE, 0, "Vercel's token endpoint did not answer with JSON. Try again later.");
        }
        if (status / 100 == 2 && answer.path("access_token").isString()) {
            return new Grant(answer.get("access_token").asString(), text(answer, "team_id"), text(answer, "user_id"),
                    text(answer, "installation_id"));
        }
        if (status >= 500) {
            throw new VercelException(Reason.UNAVAILABLE, status, "Vercel answered " + status + " while issuing a token. Connect again later.");
        }
        JsonNode error = answer.path("error");
        String errorCode = error.isObject() ? error.path("code").asString("") : error.asString("");
        String message = error.isObject() ? error.path("message").asString("") : answer.path("error_description").asString("");
        if (status == 401 || errorCode.contains("client")) {
            throw new VercelException(Reason.NOT_CONNECTED, status, errorCode, "Vercel refused True Coding's integration "
                    + "credentials: VERCEL_CLIENT_ID or VERCEL_CLIENT_SECRET is wrong. Ask the administrator.", null);
        }
        throw new VercelException(Reason.NOT_CONNECTED, status, errorCode, "Vercel did not issue a token ("
                + (errorCode.isBlank() ? status : errorCode) + (message.isBlank() ? "" : ": " + message) + "). Codes are single use "
                + "and last 30 minutes, and the integration's Redirect URL must be this server's "
                + "/settings/vercel/callback. Connect again.", null);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isString() && !node.path(field).asString().isBlank() ? node.path(field).asString() : null;
    }

    /** What the token endpoint issued: the token, and the team it works for (null: the personal account). */
    record Grant(String accessToken, String teamId, String userId, String installationId) {

        @Override
        public String toString() {
            return "Grant[teamId=" + teamId + ", installationId=" + installationId + "]";
        }
    }
}
