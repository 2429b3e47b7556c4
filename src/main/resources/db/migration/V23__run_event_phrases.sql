-- A run's event keeps what it says as a message key and its arguments (JSON: {"key": …, "args": […]}), so each
-- reader sees it in their language; message stays the English text (older events have only that).
ALTER TABLE run_events ADD COLUMN phrase TEXT;
