-- A project's repository address on the built-in host is the one git clones (/git/<owner>/<name>.git), as a
-- GitHub project's address is; it was the repository page's (/repositories/<owner>/<name>), which git cannot clone.
-- A browser opening the new address is sent on to the page. Runs as is on PostgreSQL and H2.
UPDATE projects
SET github_repo_url = REPLACE(github_repo_url, '/repositories/', '/git/') || '.git'
WHERE git_host = 'builtin'
  AND github_repo_url LIKE '%/repositories/%'
  AND github_repo_url NOT LIKE '%.git';
