package dev.truecoding.github;

import dev.truecoding.account.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/github}: is GitHub connected, as whom; and disconnect. Never answers a token. */
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

    @DeleteMapping
    ResponseEntity<Void> disconnect(SignedInUser user) {
        connections.disconnect(user.id());
        return ResponseEntity.noContent().build();
    }
}
