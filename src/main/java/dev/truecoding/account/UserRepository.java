package dev.truecoding.account;

import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class UserRepository {

    private static final String COLUMNS = "id, clerk_id, email, name, avatar_url, handle, created_at, updated_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<User> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(User.class).optional();
    }

    /** Emails are stored lower-cased, so this is an exact match on the unique column. */
    Optional<User> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?").param(email).query(User.class).optional();
    }

    /** The handles already taken among {@code base} and its numbered candidates ({@code base-2}…), in one query. */
    java.util.Set<String> handlesLike(String base) {
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT handle FROM users WHERE handle = ? OR handle LIKE ?
                        UNION SELECT handle FROM handle_claims WHERE handle = ? OR handle LIKE ?""")
                .params(base, base + "-%", base, base + "-%") // handles hold no LIKE wildcards
                .query(String.class).list());
    }

    /** Who holds {@code handle} now or held it before (a handle given up stays its holder's). */
    Optional<String> handleHolder(String handle) {
        return jdbc.sql("SELECT user_id FROM handle_claims WHERE handle = ?").param(handle).query(String.class).optional();
    }

    /** Records that {@code userId} holds {@code handle}; a clash with a claim made a moment earlier is a duplicate key. */
    void claimHandle(String userId, String handle) {
        jdbc.sql("INSERT INTO handle_claims (handle, user_id, claimed_at) VALUES (?, ?, ?)")
                .params(handle, userId, Clock.nowUtc())
                .update();
    }

    void updateHandle(String id, String handle) {
        jdbc.sql("UPDATE users SET handle = ?, updated_at = ? WHERE id = ?").params(handle, Clock.nowUtc(), id).update();
    }

    Optional<User> findByClerkId(String clerkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE clerk_id = ?").param(clerkId).query(User.class).optional();
    }

    void insert(User user) {
        jdbc.sql("""
                INSERT INTO users (id, clerk_id, email, name, avatar_url, handle, created_at, updated_at)
                VALUES (:id, :clerkId, :email, :name, :avatarUrl, :handle, :createdAt, :updatedAt)""")
                .paramSource(user)
                .update();
    }

    void updateProfile(String id, String name, String avatarUrl) {
        jdbc.sql("UPDATE users SET name = ?, avatar_url = ?, updated_at = ? WHERE id = ?")
                .params(name, avatarUrl, Clock.nowUtc(), id)
                .update();
    }

    void insertPasswordHash(String userId, String hash) {
        var now = Clock.nowUtc();
        jdbc.sql("INSERT INTO local_credentials (user_id, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(userId, hash, now, now)
                .update();
    }

    Optional<String> findPasswordHash(String userId) {
        return jdbc.sql("SELECT password_hash FROM local_credentials WHERE user_id = ?").param(userId)
                .query(String.class).optional();
    }
}
