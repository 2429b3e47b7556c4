package dev.truecoding.github;

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

/** {@code /api/github}: is GitHub connected, as whom; connect with a token; disconnect. Never answers a token. */
@RestController
@RequestMapping("/api/github")
class GitHubApiController {

    private final GitHubConnections connections;

    GitHubApiController(GitHubConnections connections) {
        this.connections = connections;
    }

    @GetMapping
    GitHubConnection status(SignedInUser user) {
        return connections.status(user.id());
    }

    /** A fine-grained or classic token, checked with GitHub ({@code GET /user}) before it is stored. */
    @PutMapping
    GitHubConnection connect(SignedInUser user, @Valid @RequestBody TokenRequest request) {
        return connections.connectWithToken(user.id(), request.token());
    }

    @DeleteMapping
    ResponseEntity<Void> disconnect(SignedInUser user) {
        connections.disconnect(user.id());
        return ResponseEntity.noContent().build();
    }

    /** GitHub's refusal of the token is the client's problem (400); GitHub being away or limiting is not. */
    @ExceptionHandler(GitHubException.class)
    ProblemDetail refused(GitHubException e) {
        HttpStatus status = switch (e.reason()) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    record TokenRequest(@NotBlank @Size(max = 512) String token) {

        @Override
        public String toString() {
            return "TokenRequest[token hidden]";
        }
    }
}
