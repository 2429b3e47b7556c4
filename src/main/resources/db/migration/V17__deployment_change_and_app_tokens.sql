-- The change whose run a deployment is a stage of (null for a deployment of its own): the project's status
-- follows that change's run then, not the deployment.
ALTER TABLE deployments ADD COLUMN change_id TEXT;

-- The TRUECODING_APP_TOKEN of a project's app on Vercel (a sensitive variable there), encrypted: True Coding
-- counts the live app's data with it. Built-in apps keep theirs in the project's deploy folder.
CREATE TABLE app_tokens (
    project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    token_encrypted TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT NOW()
);
