package dev.truecoding.vercel;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.connection.ConnectionApiController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vercel}: the shared connection API ({@link ConnectionApiController}) and Vercel's token body. */
@RestController
@RequestMapping("/api/vercel")
class VercelApiController extends ConnectionApiController<VercelConnection> {

    private final VercelConnections connections;

    VercelApiController(VercelConnections connections) {
        super(connections);
        this.connections = connections;
    }

    /** Checked with Vercel before it is stored, exactly like the pasted token on the settings page. */
    @PutMapping
    VercelConnection connect(SignedInUser user, @Valid @RequestBody TokenRequest request) {
        return connections.connectWithToken(user.id(), request.token(), request.teamId());
    }

    /**
     * @param token  a Vercel access token
     * @param teamId a team id ({@code team_…}) or slug; empty for the personal account
     */
    record TokenRequest(@NotBlank @Size(max = 512) String token, @Size(max = 100) String teamId) {

        @Override
        public String toString() {
            return "TokenRequest[teamId=" + teamId + "]";
        }
    }
}
