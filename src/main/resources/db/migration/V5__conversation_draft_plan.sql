-- The plan as far as a conversation got (Discovery's interview draft), so the workspace can show which parts
-- are filled after a reload. Only complete, valid plans are stored on the project itself.
ALTER TABLE conversations ADD COLUMN draft_plan JSONB;
