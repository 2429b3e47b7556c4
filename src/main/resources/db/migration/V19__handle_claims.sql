-- Every handle a person has held, the current one included: claiming a handle is one insert here, so two people
-- choosing the same handle at once cannot both get it, and a handle someone gave up stays theirs. Old clone
-- addresses (/git/<old-handle>/<repo>.git) and page addresses keep working for their owner; were the handle free
-- for someone else, a push to an old remote could reach another person's repository of the same name.
CREATE TABLE handle_claims (
    handle TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    claimed_at TIMESTAMP NOT NULL DEFAULT NOW()
);
CREATE INDEX handle_claims_user_id_idx ON handle_claims (user_id);

INSERT INTO handle_claims (handle, user_id, claimed_at)
SELECT handle, id, COALESCE(created_at, NOW()) FROM users WHERE handle IS NOT NULL;
