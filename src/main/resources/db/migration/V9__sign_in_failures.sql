-- Failed sign-ins (passwords, and git's access tokens) per account and per client address, shared by every
-- instance: after a few, each next attempt must wait longer; after many, the key is locked for a while.
-- throttle_key is a SHA-256 of 'account:<email>' or 'address:<ip>', so what people typed is not kept.
CREATE TABLE sign_in_failures (
    throttle_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);
