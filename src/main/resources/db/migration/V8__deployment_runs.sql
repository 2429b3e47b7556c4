-- A deployment as a durable run: who asked, which deployer, which commit, how often its job started, and the
-- part of its log worth reading when it failed. vercel_deployment_id stays the provider's id (the built-in
-- deployer's own id for its deployments).
ALTER TABLE deployments ADD COLUMN user_id TEXT;
ALTER TABLE deployments ADD COLUMN provider TEXT NOT NULL DEFAULT 'builtin';
ALTER TABLE deployments ADD COLUMN commit_sha TEXT;
ALTER TABLE deployments ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deployments ADD COLUMN log_excerpt TEXT;
ALTER TABLE deployments ADD COLUMN rollback_of TEXT;

-- What a deployment reported, in order ('progress', or a 'log' line of its build), replayed to pages and to
-- streams resuming with Last-Event-ID.
CREATE TABLE deployment_events (
    deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    stage TEXT NOT NULL,
    message TEXT NOT NULL,
    url TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    PRIMARY KEY (deployment_id, seq)
);
