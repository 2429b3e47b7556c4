-- A preview deployment: served at its own address (preview_number gives it: <slug>--preview-<n>) on a copy of the
-- live data until expires_at, never at the production URL; preview_ended_at once it was stopped (expired, put
-- live, or replaced by a newer one) and its copy of the data deleted. Promoting one is a deployment of its own
-- whose rollback_of names the preview (the build it switches to). Null, as on every row from before, means not a
-- preview (no default: PostgreSQL and H2 spell a boolean default differently).
ALTER TABLE deployments ADD COLUMN preview BOOLEAN;
ALTER TABLE deployments ADD COLUMN preview_number INTEGER;
ALTER TABLE deployments ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE deployments ADD COLUMN preview_ended_at TIMESTAMP;

-- A change applied as a preview first (its run ends at PREVIEW; putting the preview live makes it APPLIED).
ALTER TABLE changes ADD COLUMN preview BOOLEAN;
