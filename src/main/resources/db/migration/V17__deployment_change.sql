-- The change whose run a deployment is a stage of (null for a deployment of its own): the project's status
-- follows that change's run then, not the deployment.
ALTER TABLE deployments ADD COLUMN change_id TEXT;
