-- Durable background jobs (db-scheduler's table for PostgreSQL; H2 in PostgreSQL mode accepts it too).
-- A picked execution carries its instance's heartbeat, so an execution whose instance died is seen and revived.
CREATE TABLE scheduled_tasks (
    task_name TEXT NOT NULL,
    task_instance TEXT NOT NULL,
    task_data BYTEA,
    execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
    picked BOOLEAN NOT NULL,
    picked_by TEXT,
    last_success TIMESTAMP WITH TIME ZONE,
    last_failure TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL,
    priority SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Which host a project's repository lives on ('builtin' or 'github'); the seed's github_repo_* columns say where.
ALTER TABLE projects ADD COLUMN git_host TEXT;

-- One generation of a project's app: its stage, outcome and what it produced. Reports are JSON text.
CREATE TABLE generation_runs (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    status TEXT NOT NULL,
    stage TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    technical_plan TEXT NOT NULL,
    repo_owner TEXT,
    repo_name TEXT,
    repo_web_url TEXT,
    repo_clone_url TEXT,
    commit_sha TEXT,
    file_count INTEGER,
    bytes_written BIGINT,
    coverage TEXT,
    validation TEXT,
    written_by TEXT,
    error_message TEXT,
    error_details TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    finished_at TIMESTAMP
);
CREATE INDEX idx_generation_runs_project ON generation_runs (project_id, created_at);
CREATE INDEX idx_generation_runs_status ON generation_runs (status);

-- What a run reported, in order: replayed to pages opened later and to streams resuming with Last-Event-ID.
CREATE TABLE generation_events (
    run_id TEXT NOT NULL REFERENCES generation_runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    stage TEXT NOT NULL,
    progress INTEGER NOT NULL,
    message TEXT NOT NULL,
    details TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    PRIMARY KEY (run_id, seq)
);
