-- A change to a live app: proposed in an iteration chat (one PROPOSED change per ACTIVE conversation, refined by
-- each message), then applied as a durable run (merge, validate, commit, deploy) or discarded. The plans, the diff
-- and the data effects are JSON text, as a generation run's reports are. The row is also the run: its events are in
-- run_events under the change's id, and it is active while APPLYING.
CREATE TABLE changes (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    summary TEXT NOT NULL,
    technical_plan TEXT NOT NULL,
    business_plan TEXT,
    renames TEXT NOT NULL,
    rename_answers TEXT NOT NULL,
    base_plan TEXT NOT NULL,
    diff TEXT NOT NULL,
    data_effects TEXT NOT NULL,
    confirm_data_loss BOOLEAN NOT NULL,
    stage TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    error_message TEXT,
    error_details TEXT,
    commit_sha TEXT,
    deployment_id TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_changes_project ON changes (project_id, created_at);
CREATE INDEX idx_changes_conversation ON changes (conversation_id, status);
CREATE INDEX idx_changes_status ON changes (status);

-- A generation run may be the record of a change's commit: the version the next change (or generation) starts from.
ALTER TABLE generation_runs ADD COLUMN change_id TEXT;
