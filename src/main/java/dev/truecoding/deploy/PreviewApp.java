package dev.truecoding.deploy;

import java.time.Instant;

/** A preview the built-in deployer runs: its deployment, number, address and end. */
public record PreviewApp(String deploymentId, int number, String url, Instant expiresAt) {
}
