-- Every answer of an AI model: a chat reply (its conversation and stored message) or a code writer's request (its
-- generation run), with the tokens read and written as the provider counted them and the model that answered.
-- Costs are not stored: they come from the price table when shown. Rows stay when a conversation goes, since the
-- tokens were spent on the project all the same.
CREATE TABLE model_usage (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    conversation_id TEXT,
    message_id TEXT,
    run_id TEXT,
    purpose TEXT NOT NULL,
    model TEXT NOT NULL,
    input_tokens BIGINT NOT NULL,
    output_tokens BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_model_usage_project ON model_usage (project_id);
CREATE INDEX idx_model_usage_conversation ON model_usage (conversation_id);
CREATE INDEX idx_model_usage_run ON model_usage (run_id);

-- A generation's own budget for the code writer, when its request gave one (else the settings' apply); the cost as
-- decimal text, the same on PostgreSQL and H2.
ALTER TABLE generation_runs ADD COLUMN budget_tokens BIGINT;
ALTER TABLE generation_runs ADD COLUMN budget_cost TEXT;
