package dev.truecoding.vercel;

import dev.truecoding.account.SignedInUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vercel}: is Vercel connected, as whom; connect with a token; disconnect. Never answers a token. */
@RestController
@RequestMapping("/api/vercel")
class VercelApiController {

    private final VercelConnections connections;

    VercelApiController(VercelConnections connections) {
        this.connections = connections;
    }

    @GetMapping
    VercelConnection status(SignedInUser user) {
        return connections.status(user.id());
    }

    /** Checked with Vercel before it is stored, exactly like the pasted token on the settings page. */
    @PutMapping
    VercelConnection connect(SignedInUser user, @Valid @RequestBody TokenRequest request) {
        return connections.connectWithToken(user.id(), request.token(), request.teamId());
    }

    @DeleteMapping
    ResponseEntity<Void> disconnect(SignedInUser user) {
        connections.disconnect(user.id());
        return ResponseEntity.noContent().build();
    }

    /** Vercel's refusal of the token is the client's problem (400/403); Vercel being away is not (503, 429). */
    @ExceptionHandler(VercelException.class)
    ProblemDetail refused(VercelException e) {
        HttpStatus status = switch (e.reason()) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE, TIMED_OUT -> HttpStatus.SERVICE_UNAVAILABLE;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
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
