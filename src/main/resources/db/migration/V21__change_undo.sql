-- Undo of a change to a live app. What undo returns to is kept on the change when it is applied: the files True
-- Coding had generated before it (the base of the revert's three-way merge, and the version the next change starts
-- from) and the business plan it replaced; the live app's rows per table counted when the change went live (what
-- undo states it loses: rows written since); then the undo's own commit and deployment, and when it was undone.
-- The change's status (TEXT) gains UNDOING (its undo is running, as a run of the change) and UNDONE.
ALTER TABLE changes ADD COLUMN base_files TEXT;
ALTER TABLE changes ADD COLUMN base_business_plan TEXT;
ALTER TABLE changes ADD COLUMN live_counts TEXT;
ALTER TABLE changes ADD COLUMN undo_commit_sha TEXT;
ALTER TABLE changes ADD COLUMN undo_deployment_id TEXT;
ALTER TABLE changes ADD COLUMN undone_at TIMESTAMP;
-- An undo's deployment: the deployment (of the change) whose database snapshot it puts back, switching to the
-- build in rollback_of.
ALTER TABLE deployments ADD COLUMN undoes TEXT;
