-- Every approved plan is a numbered version of its project: the business and technical plans as they were when
-- one of them was approved, the commit a generation made of them and the deployment that put that commit live.
-- The project carries the cascade: a project deleted takes its versions with it.
CREATE TABLE plan_versions (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    approved TEXT NOT NULL,
    business_plan JSONB,
    technical_plan JSONB,
    commit_sha TEXT,
    deployment_id TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    PRIMARY KEY (project_id, version)
);
