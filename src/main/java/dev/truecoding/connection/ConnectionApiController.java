package dev.truecoding.connection;

import dev.truecoding.account.SignedInUser;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/<provider>}, the same for each: is it connected, as whom ({@code GET}); disconnect ({@code DELETE});
 * a provider's refusal as a problem detail with {@link ConnectionException#apiStatus()}. Never answers a token. A
 * provider's controller maps it and adds its {@code PUT} (connect with a token), whose body is its own.
 */
public abstract class ConnectionApiController<C extends AccountConnection> {

    private final ProviderConnections<C> connections;

    protected ConnectionApiController(ProviderConnections<C> connections) {
        this.connections = connections;
    }

    @GetMapping
    public C status(SignedInUser user) {
        return connections.status(user.id());
    }

    @DeleteMapping
    public ResponseEntity<Void> disconnect(SignedInUser user) {
        connections.disconnect(user.id());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ConnectionException.class)
    public ProblemDetail refused(ConnectionException e) {
        return ProblemDetail.forStatusAndDetail(e.apiStatus(), e.getMessage());
    }
}
