package dev.truecoding.github;

import dev.truecoding.git.ProgressListener;
import dev.truecoding.github.GitHubException.Reason;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Repositories on the connected person's GitHub: created with a free name, and written to with one atomic commit
 * through the Git Data API (blobs, a tree on the parent's tree, a commit, a fast-forward of the branch), so a
 * half-written app never appears on the branch.
 */
@Service
public class GitHubRepositories {

    private final GitHubConnections connections;
    private final GitHubApi api;
    private final GitHubSettings settings;

    GitHubRepositories(GitHubConnections connections, GitHubApi api, GitHubSettings settings) {
        this.connections = connections;
        this.api = api;
        this.settings = settings;
    }

    /**
     * Creates an empty repository for the connected person. When the name is taken (422 "name already exists"),
     * tries {@code name-2}, {@code name-3}… up to the configured number of attempts.
     */
    public CreatedRepository createRepository(String userId, String desiredName, String description, boolean privateRepository) {
        String token = connections.accessToken(userId);
        String base = repositoryName(desiredName);
        for (int attempt = 1; attempt <= settings.repositoryNameAttempts(); attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("description", description == null ? "" : description.strip().replaceAll("\\s+", " "));
            body.put("private", privateRepository);
            body.put("auto_init", false);
            try {
                return created(api.call(token, HttpMethod.POST, "/user/repos", body), privateRepository);
            } catch (GitHubException e) {
                if (e.status() != 422 || !e.githubMessage().toLowerCase(Locale.ROOT).contains("already exists")) {
                    throw e;
                }
            }
        }
        throw new GitHubException(Reason.UNPROCESSABLE, 422, "GitHub already has repositories named " + base + " to "
                + base + "-" + settings.repositoryNameAttempts() + " on your account. Choose another project name.");
    }

    /**
     * Renames {@code owner/repo} ({@code PATCH /repos/{owner}/{repo}} with the new {@code name}); GitHub redirects
     * the old web and clone addresses to the new ones. A name already on the account (422 "already exists") gets
     * {@code name-2}, {@code name-3}… like a new repository.
     */
    public CreatedRepository renameRepository(String userId, String owner, String repo, String desiredName) {
        String token = connections.accessToken(userId);
        String base = repositoryName(desiredName);
        for (int attempt = 1; attempt <= settings.repositoryNameAttempts(); attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            try {
                JsonNode renamed = api.call(token, HttpMethod.PATCH, "/repos/" + segment(owner) + "/" + segment(repo), Map.of("name", name));
                return created(renamed, renamed.path("private").asBoolean(true));
            } catch (GitHubException e) {
                if (e.status() != 422 || !e.githubMessage().toLowerCase(Locale.ROOT).contains("already exists")) {
                    throw e;
                }
            }
        }
        throw new GitHubException(Reason.UNPROCESSABLE, 422, "GitHub already has repositories named " + base + " to "
                + base + "-" + settings.repositoryNameAttempts() + " on your account.");
    }

    /**
     * Commits {@code files} to the repository's default branch in one commit on top of its head, and returns the
     * commit's SHA. An empty repository (409 on every Git Data call) first gets one file through the contents API,
     * which creates the branch; the atomic commit then goes on top.
     */
    public String commitFiles(String userId, String owner, String repo, List<RepositoryFile> files, String message) {
        return commitFiles(userId, owner, repo, files, message, ProgressListener.NONE);
    }

    /** As {@link #commitFiles(String, String, String, List, String)}, telling {@code progress} as blobs are uploaded. */
    public String commitFiles(String userId, String owner, String repo, List<RepositoryFile> files, String message,
                              ProgressListener progress) {
        Branch target = branchFor(userId, owner, repo, files);
        String token = target.token();
        String base = target.base();
        String branch = target.branch();
        try {
            Map<String, String> blobs = new LinkedHashMap<>();
            for (int attempt = 1; ; attempt++) {
                String parent = head(token, base, branch).orElseGet(() -> firstCommit(token, base, branch, files));
                try {
                    return commitOnTop(token, base, parent, branch, files, message, blobs, progress);
                } catch (GitHubException e) {
                    // Someone pushed between reading the head and moving it: build the same change on the new head,
                    // once. Blobs already uploaded are reused.
                    if (attempt >= 2 || e.status() != 422 || !e.githubMessage().toLowerCase(Locale.ROOT).contains("fast forward")) {
                        throw e;
                    }
                }
            }
        } catch (GitHubException e) {
            throw explainWorkflowScope(e, files);
        }
    }

    /** Where a commit of {@code files} goes: the person's token, the repository's API path, its default branch. */
    private record Branch(String token, String base, String branch) {
    }

    private Branch branchFor(String userId, String owner, String repo, List<RepositoryFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Nothing to commit");
        }
        files.forEach(file -> checkPath(file.path()));
        String token = connections.accessToken(userId);
        String base = "/repos/" + segment(owner) + "/" + segment(repo);
        return new Branch(token, base, api.get(token, base).path("default_branch").asString("main"));
    }

    /**
     * One commit of {@code files} whose parent is {@code parent}, the branch fast-forwarded to it, without the
     * retry on a newer head: a change merged against {@code parent}, and a head that moved since has edits the
     * merge never saw. GitHub then answers 422 "Update is not a fast forward".
     */
    public String commitFilesOnto(String userId, String owner, String repo, String parent, List<RepositoryFile> files,
                                  String message, ProgressListener progress) {
        Branch target = branchFor(userId, owner, repo, files);
        String token = target.token();
        String base = target.base();
        String branch = target.branch();
        try {
            return commitOnTop(token, base, parent, branch, files, message, new LinkedHashMap<>(), progress);
        } catch (GitHubException e) {
            throw explainWorkflowScope(e, files);
        }
    }

    /** The new tree lists every file (no {@code base_tree}): files the app no longer has leave the branch. */
    private String commitOnTop(String token, String base, String parent, String branch, List<RepositoryFile> files,
                               String message, Map<String, String> blobs, ProgressListener progress) {
        List<Map<String, Object>> entries = new ArrayList<>();
        long bytes = 0;
        for (RepositoryFile file : files) {
            // Identical contents (empty files, repeated licences) become one blob.
            String sha = blobs.computeIfAbsent(file.content(), content -> api.call(token, HttpMethod.POST, base + "/git/blobs",
                    Map.of("content", base64(content), "encoding", "base64")).path("sha").asString());
            entries.add(Map.of("path", file.path(), "mode", "100644", "type", "blob", "sha", sha));
            bytes += file.content().getBytes(StandardCharsets.UTF_8).length;
            progress.progress(entries.size(), files.size(), bytes);
        }
        String tree = api.call(token, HttpMethod.POST, base + "/git/trees", Map.of("tree", entries)).path("sha").asString();
        String commit = api.call(token, HttpMethod.POST, base + "/git/commits",
                Map.of("message", message, "tree", tree, "parents", List.of(parent))).path("sha").asString();
        api.call(token, HttpMethod.PATCH, base + "/git/refs/heads/" + segment(branch), Map.of("sha", commit, "force", false));
        return commit;
    }

    /** The repository {@code owner/repo} as the connected person sees it; empty when GitHub answers 404. */
    public Optional<CreatedRepository> findRepository(String userId, String owner, String repo) {
        String token = connections.accessToken(userId);
        try {
            return Optional.of(created(api.get(token, "/repos/" + segment(owner) + "/" + segment(repo)), true));
        } catch (GitHubException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Writes the files of {@code commitSha} under {@code target}, read through the Git Data API (the commit, its
     * tree listed recursively, each blob). Symbolic links and submodules are left out.
     */
    public void exportTree(String userId, String owner, String repo, String commitSha, Path target) throws IOException {
        String token = connections.accessToken(userId);
        String base = "/repos/" + segment(owner) + "/" + segment(repo);
        String tree = api.get(token, base + "/git/commits/" + segment(commitSha)).path("tree").path("sha").asString();
        JsonNode listing = api.get(token, base + "/git/trees/" + segment(tree) + "?recursive=1");
        if (listing.path("truncated").asBoolean(false)) {
            throw new IOException("GitHub lists the repository's tree as truncated (too many files) and cannot export it whole");
        }
        Path root = target.toAbsolutePath().normalize();
        for (JsonNode entry : listing.path("tree")) {
            String mode = entry.path("mode").asString();
            if (!entry.path("type").asString().equals("blob") || !(mode.equals("100644") || mode.equals("100755"))) {
                continue;
            }
            Path file = root.resolve(entry.path("path").asString()).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("The path " + entry.path("path").asString() + " leaves the folder it is exported to");
            }
            JsonNode blob = api.get(token, base + "/git/blobs/" + segment(entry.path("sha").asString()));
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getMimeDecoder().decode(blob.path("content").asString()));
            if (mode.equals("100755")) {
                file.toFile().setExecutable(true, true);
            }
        }
    }

    /** The SHA of the default branch's head; empty for an empty repository. */
    public Optional<String> headCommit(String userId, String owner, String repo) {
        String token = connections.accessToken(userId);
        String base = "/repos/" + segment(owner) + "/" + segment(repo);
        String branch = api.get(token, base).path("default_branch").asString("main");
        return head(token, base, branch);
    }

    private Optional<String> head(String token, String base, String branch) {
        try {
            return Optional.of(api.get(token, base + "/git/ref/heads/" + segment(branch)).path("object").path("sha").asString());
        } catch (GitHubException e) {
            if (e.status() == 409 || e.status() == 404) {
                return Optional.empty(); // empty repository: no branch yet
            }
            throw e;
        }
    }

    /** The contents API works on an empty repository; it writes one ordinary file (never a workflow). */
    private String firstCommit(String token, String base, String branch, List<RepositoryFile> files) {
        RepositoryFile first = files.stream().filter(f -> f.path().equals("README.md")).findFirst()
                .or(() -> files.stream().filter(f -> !f.isWorkflow()).findFirst())
                .orElse(files.getFirst());
        String path = String.join("/", Arrays.stream(first.path().split("/")).map(GitHubRepositories::segment).toList());
        return api.call(token, HttpMethod.PUT, base + "/contents/" + path,
                        Map.of("message", "Initial commit", "content", base64(first.content()), "branch", branch))
                .path("commit").path("sha").asString();
    }

    private static GitHubException explainWorkflowScope(GitHubException e, List<RepositoryFile> files) {
        if (e.reason() == Reason.NOT_FOUND_OR_FORBIDDEN && files.stream().anyMatch(RepositoryFile::isWorkflow)) {
            return new GitHubException(Reason.WORKFLOW_SCOPE_MISSING, e.status(),
                    "GitHub refused to write the workflow file (.github/workflows/): the connected token needs the "
                            + "'workflow' scope (or, for a fine-grained token, Workflows: read and write). Reconnect GitHub "
                            + "granting it. GitHub said " + e.status() + ".");
        }
        return e;
    }

    private static CreatedRepository created(JsonNode repo, boolean privateByDefault) {
        return new CreatedRepository(repo.path("owner").path("login").asString(), repo.path("name").asString(),
                repo.path("full_name").asString(), repo.path("html_url").asString(), repo.path("clone_url").asString(),
                repo.path("default_branch").asString("main"), repo.path("private").asBoolean(privateByDefault));
    }

    /** GitHub keeps letters, digits, '.', '-' and '_'; anything else becomes '-'. */
    static String repositoryName(String desired) {
        String name = (desired == null ? "" : desired).strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (name.isEmpty()) {
            name = "app";
        }
        return name.length() > 90 ? name.substring(0, 90) : name;
    }

    private static void checkPath(String path) {
        boolean bad = path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || Arrays.stream(path.split("/")).anyMatch(part -> part.equals("..") || part.equals(".") || part.equals(".git"));
        if (bad) {
            throw new IllegalArgumentException("Refusing to commit the path '" + path + "'");
        }
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private static String base64(String content) {
        return Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }
}
