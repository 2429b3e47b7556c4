package dev.truecoding.account;

import java.time.LocalDateTime;

/** A token as listed to its owner: never the token itself, only a hint of its last characters. */
record PersonalAccessToken(String id, String name, String tokenHint, LocalDateTime createdAt, LocalDateTime lastUsedAt) {
}
