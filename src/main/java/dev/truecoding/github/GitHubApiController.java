package dev.truecoding.github;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.connection.ConnectionApiController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/github}: the shared connection API ({@link ConnectionApiController}) and GitHub's token body. */
@RestController
@RequestMapping("/api/github")
class GitHubApiController extends ConnectionApiController<GitHubConnection> {

    private final GitHubConnections connections;

    GitHubApiController(GitHubConnections connections) {
        super(connections);
        this.connections = connections;
    }

    /** A fine-grained or classic token, checked with GitHub ({@code GET /user}) before it is stored. */
    @PutMapping
    GitHubConnection connect(SignedInUser user, @Valid @RequestBody TokenRequest request) {
        return connections.connectWithToken(user.id(), request.token());
    }

    record TokenRequest(@NotBlank @Size(max = 512) String token) {

        @Override
        public String toString() {
            return "TokenRequest[token hidden]";
        }
    }
}
