-- A FAILED project remembers which phase failed, so a retry returns it there.
ALTER TABLE projects ADD COLUMN failed_phase project_status;
