package dev.truecoding.account;

import java.time.LocalDateTime;

/** A row of the seed's {@code users} table (tokens for GitHub and Vercel are read by their own modules). */
record User(
        String id,
        String clerkId,
        String email,
        String name,
        String avatarUrl,
        String handle,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, email, name, handle);
    }
}
