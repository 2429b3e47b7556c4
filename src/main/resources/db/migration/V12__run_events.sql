-- One event table for every kind of durable run (generation, deployment, and later ones), in the one shape of
-- the seed's GenerationProgress: stage, progress, message, details. The run's project carries the cascade, so
-- a project deleted takes its runs' events with it whatever table the run itself is in.
CREATE TABLE run_events (
    run_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    stage TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL,
    details TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX idx_run_events_project ON run_events (project_id);

INSERT INTO run_events (run_id, seq, project_id, kind, stage, progress, message, details, created_at)
SELECT e.run_id, e.seq, r.project_id, e.kind, e.stage, e.progress, e.message, e.details, e.created_at
FROM generation_events e JOIN generation_runs r ON r.id = e.run_id;

-- A deployment's URL was its own column; it is the details of its event now.
INSERT INTO run_events (run_id, seq, project_id, kind, stage, progress, message, details, created_at)
SELECT e.deployment_id, e.seq, d.project_id, e.kind, e.stage, 0, e.message, e.url, e.created_at
FROM deployment_events e JOIN deployments d ON d.id = e.deployment_id;

DROP TABLE generation_events;
DROP TABLE deployment_events;

-- One sweep for every kind of run replaces one per kind.
DELETE FROM scheduled_tasks WHERE task_name IN ('generation-sweep', 'deploy-sweep');
