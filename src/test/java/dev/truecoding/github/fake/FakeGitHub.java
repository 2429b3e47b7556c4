package dev.truecoding.github.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API (users, repositories, contents, the Git Data API) and OAuth endpoints as documented
 * (shared/reference/wire-formats.md §4), on a JDK HTTP server. Git objects live in memory with git's own SHA-1
 * names, so tests can read a commit's tree file by file. Failures can be scripted per call.
 */
public final class FakeGitHub implements AutoCloseable {

    public static final String CLIENT_ID = "Iv1.fakeclient";
    public static final String CLIENT_SECRET = "fake-client-secret";
    private static final String DOCS = "https://docs.github.com/rest";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Account> tokens = new ConcurrentHashMap<>();
    private final Map<String, Account> codes = new ConcurrentHashMap<>();
    private final Map<String, String> challenges = new ConcurrentHashMap<>();
    private final Map<String, Account> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Repo> repos = new ConcurrentHashMap<>();
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> trees = new ConcurrentHashMap<>();
    private final Map<String, Commit> commits = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Scripted> scripted = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Hook> hooks = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private volatile Account oauthAccount;
    private volatile boolean oauthDenies;
    private volatile boolean expiringTokens;

    public FakeGitHub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- test set-up ----

    /** A token GitHub accepts, for {@code login}, with OAuth scopes (e.g. "repo", "workflow"). */
    public void addToken(String token, String login, String... scopes) {
        tokens.put(token, new Account(login, Set.of(scopes)));
    }

    /** Who approves on the authorize page; {@code denies}: the person clicks Cancel (access_denied). */
    public void oauthAs(String login, boolean denies, boolean expiring) {
        oauthAccount = new Account(login, Set.of("repo", "workflow"));
        oauthDenies = denies;
        expiringTokens = expiring;
    }

    /** The next call matching {@code method} and {@code pathRegex} answers this instead. */
    public void failNext(String method, String pathRegex, int status, Map<String, String> headers, String body) {
        scripted.add(new Scripted(method, Pattern.compile(pathRegex), status, headers, body));
    }

    /** Runs {@code action} just before the next call matching {@code method} and {@code pathRegex} is answered. */
    public void beforeNext(String method, String pathRegex, Runnable action) {
        hooks.add(new Hook(method, Pattern.compile(pathRegex), action));
    }

    /** A commit of one file on top of the default branch, as a push from elsewhere lands; its SHA. */
    public String pushFile(String owner, String name, String path, String content, String message) {
        Repo repo = repos.get(owner + "/" + name);
        String branch = "refs/heads/" + repo.defaultBranch();
        String parent = repo.refs().get(branch);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String blob = gitSha("blob", bytes);
        blobs.put(blob, bytes);
        Map<String, String> files = new TreeMap<>(parent == null ? Map.of() : trees.get(commits.get(parent).tree()));
        files.put(path, blob);
        String tree = storeTree(files);
        String commit = gitSha("commit", (tree + parent + message + counter.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        commits.put(commit, new Commit(tree, parent == null ? List.of() : List.of(parent), message));
        repo.refs().put(branch, commit);
        return commit;
    }

    /** Every access and refresh token the OAuth endpoint handed out, oldest first. */
    public List<String> issuedTokens() {
        return List.copyOf(issued);
    }

    public void revoke(String token) {
        tokens.remove(token);
    }

    public boolean isValidToken(String token) {
        return tokens.containsKey(token);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Optional<Repo> repo(String owner, String name) {
        return Optional.ofNullable(repos.get(owner + "/" + name));
    }

    /** The files of a commit: path → text. */
    public Map<String, String> filesOf(String commitSha) {
        Map<String, String> files = new TreeMap<>();
        trees.get(commits.get(commitSha).tree()).forEach((path, blob) -> files.put(path, new String(blobs.get(blob), StandardCharsets.UTF_8)));
        return files;
    }

    public Commit commit(String sha) {
        return commits.get(sha);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- the wire ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(method, path, uri.getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
            for (Hook hook : hooks) {
                if (hook.method().equals(method) && hook.path().matcher(path).matches() && hooks.remove(hook)) {
                    hook.action().run();
                }
            }
            for (Scripted script : scripted) {
                if (script.method().equals(method) && script.path().matcher(path).matches() && scripted.remove(script)) {
                    script.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                    send(exchange, script.status(), script.body());
                    return;
                }
            }
            if (path.startsWith("/login/oauth/")) {
                oauth(exchange, method, path, uri.getRawQuery(), body);
            } else {
                api(exchange, method, path, body);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, error("Server Error: " + e));
        }
    }

    private void oauth(HttpExchange exchange, String method, String path, String query, String body) throws IOException {
        if (method.equals("GET") && path.equals("/login/oauth/authorize")) {
            Map<String, String> params = form(query);
            if (!CLIENT_ID.equals(params.get("client_id"))) {
                send(exchange, 404, "<html>Not Found</html>");
                return;
            }
            String redirect = params.get("redirect_uri") + "?" + (oauthDenies
                    ? "error=access_denied&error_description=The+user+has+denied+your+application+access.&error_uri=https%3A%2F%2Fdocs.github.com"
                    : "code=" + newCode(params.get("code_challenge"), params.get("code_challenge_method")))
                    + "&state=" + URLEncodedState.encode(params.get("state"));
            exchange.getResponseHeaders().add("Location", redirect);
            send(exchange, 302, "");
            return;
        }
        if (method.equals("POST") && path.equals("/login/oauth/access_token")) {
            Map<String, String> params = form(body);
            Map<String, Object> answer;
            if (!CLIENT_ID.equals(params.get("client_id")) || !CLIENT_SECRET.equals(params.get("client_secret"))) {
                answer = Map.of("error", "incorrect_client_credentials", "error_description", "The client_id and/or client_secret passed are incorrect.");
            } else if ("refresh_token".equals(params.get("grant_type"))) {
                Account account = refreshTokens.remove(String.valueOf(params.get("refresh_token")));
                answer = account == null
                        ? Map.of("error", "bad_refresh_token", "error_description", "The refresh token passed is incorrect or expired.")
                        : issue(account, true);
            } else {
                String code = String.valueOf(params.get("code"));
                Account account = verifierMatches(code, params.get("code_verifier")) ? codes.remove(code) : null;
                answer = account == null
                        ? Map.of("error", "bad_verification_code", "error_description", "The code passed is incorrect or expired.")
                        : issue(account, expiringTokens);
            }
            // GitHub answers errors with 200 too; JSON only when asked with Accept: application/json.
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null && accept.contains("application/json")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                send(exchange, 200, json.writeValueAsString(answer));
            } else {
                StringBuilder encoded = new StringBuilder();
                answer.forEach((k, v) -> encoded.append(encoded.isEmpty() ? "" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
                send(exchange, 200, encoded.toString());
            }
            return;
        }
        send(exchange, 404, error("Not Found"));
    }

    private String newCode(String challenge, String method) {
        String code = "code" + counter.incrementAndGet();
        codes.put(code, oauthAccount);
        if (challenge != null) {
            if (!"S256".equals(method)) {
                throw new IllegalArgumentException("only S256 PKCE is accepted here");
            }
            challenges.put(code, challenge);
        }
        return code;
    }

    /** PKCE: a code issued with a challenge is exchanged only with the verifier that hashes to it. */
    private boolean verifierMatches(String code, String verifier) {
        String challenge = challenges.remove(code);
        if (challenge == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).equals(challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Old pairs stop working on refresh, as GitHub documents. */
    private Map<String, Object> issue(Account account, boolean expiring) {
        int n = counter.incrementAndGet();
        Map<String, Object> answer = new LinkedHashMap<>();
        if (expiring) {
            tokens.values().removeIf(existing -> existing == account);
            String access = "ghu_fakeaccess" + n;
            String refresh = "ghr_fakerefresh" + n;
            tokens.put(access, account);
            refreshTokens.put(refresh, account);
            issued.add(access);
            issued.add(refresh);
            answer.put("access_token", access);
            answer.put("expires_in", 0); // already expired: the next use must refresh it
            answer.put("refresh_token", refresh);
            answer.put("refresh_token_expires_in", 15897600);
            answer.put("scope", "");
        } else {
            String access = "gho_fakeoauth" + n;
            tokens.put(access, account);
            issued.add(access);
            answer.put("access_token", access);
            answer.put("scope", "repo,workflow");
        }
        answer.put("token_type", "bearer");
        return answer;
    }

    private void api(HttpExchange exchange, String method, String path, String body) throws IOException {
        var headers = exchange.getRequestHeaders();
        if (headers.getFirst("User-Agent") == null || headers.getFirst("User-Agent").isBlank()) {
            send(exchange, 403, error("Request forbidden by administrative rules. Please make sure your request has a User-Agent header"));
            return;
        }
        String version = headers.getFirst("X-GitHub-Api-Version");
        if (version != null && !version.equals("2022-11-28")) {
            send(exchange, 400, error("API version " + version + " is not supported."));
            return;
        }
        String authorization = headers.getFirst("Authorization");
        Account account = authorization == null ? null : tokens.get(authorization.replaceFirst("^(Bearer|token) ", ""));
        if (account == null) {
            send(exchange, 401, error("Bad credentials"));
            return;
        }
        exchange.getResponseHeaders().add("x-ratelimit-limit", "5000");
        exchange.getResponseHeaders().add("x-ratelimit-remaining", "4999");
        JsonNode in = body.isBlank() ? json.createObjectNode() : json.readTree(body);
        Matcher m;
        if (method.equals("GET") && path.equals("/user")) {
            if (!authorization.contains("github_pat_")) { // fine-grained tokens have permissions, not scopes
                exchange.getResponseHeaders().add("X-OAuth-Scopes", String.join(", ", new java.util.TreeSet<>(account.scopes())));
            }
            send(exchange, 200, json.writeValueAsString(Map.of("login", account.login(), "id", Math.abs(account.login().hashCode()), "name", account.login())));
        } else if (method.equals("POST") && path.equals("/user/repos")) {
            createRepo(exchange, account, in);
        } else if ((m = match("/repos/([^/]+)/([^/]+)(/.*)?", path)) != null) {
            Repo repo = repos.get(m.group(1) + "/" + m.group(2));
            if (repo == null || !repo.owner().equals(account.login())) {
                send(exchange, 404, error("Not Found"));
                return;
            }
            repoCall(exchange, account, repo, method, m.group(3) == null ? "" : m.group(3), in);
        } else {
            send(exchange, 404, error("Not Found"));
        }
    }

    private void createRepo(HttpExchange exchange, Account account, JsonNode in) throws IOException {
        String name = in.path("name").asString("");
        if (repos.containsKey(account.login() + "/" + name)) {
            send(exchange, 422, """
                    {"message":"Repository creation failed.","errors":[{"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}],"documentation_url":"https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user","status":"422"}""");
            return;
        }
        if (!name.matches("[A-Za-z0-9._-]{1,100}")) {
            send(exchange, 422, error("Repository creation failed."));
            return;
        }
        Repo repo = new Repo(account.login(), name, in.path("private").asBoolean(false), new ConcurrentHashMap<>());
        repos.put(account.login() + "/" + name, repo);
        send(exchange, 201, json.writeValueAsString(repoJson(repo)));
    }

    /**
     * {@code PATCH /repos/{owner}/{repo}} with a {@code name}: GitHub's rename. The old name keeps answering for the
     * renamed repository (GitHub redirects it); a name the account already has is GitHub's 422.
     */
    private void renameRepo(HttpExchange exchange, Account account, Repo repo, JsonNode in) throws IOException {
        String name = in.path("name").asString("");
        if (name.isEmpty() || name.equals(repo.name())) {
            send(exchange, 200, json.writeValueAsString(repoJson(repo)));
            return;
        }
        Repo existing = repos.get(account.login() + "/" + name);
        if (existing != null) {
            send(exchange, 422, """
                    {"message":"Validation Failed","errors":[{"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}],"documentation_url":"https://docs.github.com/rest/repos/repos#update-a-repository","status":"422"}""");
            return;
        }
        if (!name.matches("[A-Za-z0-9._-]{1,100}")) {
            send(exchange, 422, error("Validation Failed"));
            return;
        }
        Repo renamed = new Repo(repo.owner(), name, repo.privateRepo(), repo.refs());
        repos.replaceAll((key, value) -> value == repo ? renamed : value);
        repos.put(account.login() + "/" + name, renamed);
        send(exchange, 200, json.writeValueAsString(repoJson(renamed)));
    }

    private void repoCall(HttpExchange exchange, Account account, Repo repo, String method, String rest, JsonNode in) throws IOException {
        Matcher m;
        if (method.equals("PATCH") && rest.isEmpty()) {
            renameRepo(exchange, account, repo, in);
        } else if (method.equals("GET") && rest.isEmpty()) {
            send(exchange, 200, json.writeValueAsString(repoJson(repo)));
        } else if (method.equals("PUT") && (m = match("/contents/(.+)", rest)) != null) {
            putContents(exchange, account, repo, URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), in);
        } else if (rest.startsWith("/git/") && repo.refs().isEmpty()) {
            send(exchange, 409, error("Git Repository is empty."));
        } else if (method.equals("GET") && (m = match("/git/ref/heads/(.+)", rest)) != null) {
            String sha = repo.refs().get("refs/heads/" + m.group(1));
            send(exchange, sha == null ? 404 : 200, sha == null ? error("Not Found") : json.writeValueAsString(refJson(repo, m.group(1), sha)));
        } else if (method.equals("GET") && (m = match("/git/commits/([0-9a-f]{40})", rest)) != null) {
            Commit commit = commits.get(m.group(1));
            send(exchange, commit == null ? 404 : 200, commit == null ? error("Not Found") : json.writeValueAsString(Map.of(
                    "sha", m.group(1), "message", commit.message(), "tree", Map.of("sha", commit.tree()),
                    "parents", commit.parents().stream().map(p -> Map.of("sha", p)).toList())));
        } else if (method.equals("GET") && (m = match("/git/trees/([0-9a-f]{40})", rest)) != null) {
            Map<String, String> tree = trees.get(m.group(1));
            send(exchange, tree == null ? 404 : 200, tree == null ? error("Not Found") : json.writeValueAsString(Map.of(
                    "sha", m.group(1), "truncated", false,
                    "tree", tree.entrySet().stream().map(e -> Map.of("path", e.getKey(), "mode", "100644", "type", "blob",
                            "sha", e.getValue(), "size", blobs.get(e.getValue()).length)).toList())));
        } else if (method.equals("GET") && (m = match("/git/blobs/([0-9a-f]{40})", rest)) != null) {
            byte[] blob = blobs.get(m.group(1));
            send(exchange, blob == null ? 404 : 200, blob == null ? error("Not Found") : json.writeValueAsString(Map.of(
                    "sha", m.group(1), "size", blob.length, "encoding", "base64",
                    "content", Base64.getMimeEncoder().encodeToString(blob) + "\n")));
        } else if (method.equals("POST") && rest.equals("/git/blobs")) {
            byte[] content = "base64".equals(in.path("encoding").asString())
                    ? Base64.getMimeDecoder().decode(in.path("content").asString())
                    : in.path("content").asString().getBytes(StandardCharsets.UTF_8);
            String sha = gitSha("blob", content);
            blobs.put(sha, content);
            send(exchange, 201, json.writeValueAsString(Map.of("sha", sha, "url", url() + "/repos/" + repo.fullName() + "/git/blobs/" + sha)));
        } else if (method.equals("POST") && rest.equals("/git/trees")) {
            postTree(exchange, in);
        } else if (method.equals("POST") && rest.equals("/git/commits")) {
            String tree = in.path("tree").asString();
            List<String> parents = new ArrayList<>();
            in.path("parents").forEach(p -> parents.add(p.asString()));
            if (!trees.containsKey(tree) || parents.stream().anyMatch(p -> !commits.containsKey(p))) {
                send(exchange, 422, error("Tree SHA does not exist"));
                return;
            }
            String sha = gitSha("commit", (tree + parents + in.path("message").asString() + counter.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
            commits.put(sha, new Commit(tree, List.copyOf(parents), in.path("message").asString()));
            send(exchange, 201, json.writeValueAsString(Map.of("sha", sha, "tree", Map.of("sha", tree),
                    "parents", parents.stream().map(p -> Map.of("sha", p)).toList())));
        } else if (method.equals("PATCH") && (m = match("/git/refs/heads/(.+)", rest)) != null) {
            patchRef(exchange, account, repo, m.group(1), in);
        } else {
            send(exchange, 404, error("Not Found"));
        }
    }

    private void putContents(HttpExchange exchange, Account account, Repo repo, String path, JsonNode in) throws IOException {
        if (path.startsWith(".github/workflows/") && !account.scopes().contains("workflow")) {
            send(exchange, 404, error("Not Found"));
            return;
        }
        String branch = in.path("branch").asString(repo.defaultBranch());
        String parent = repo.refs().get("refs/heads/" + branch);
        byte[] content = Base64.getMimeDecoder().decode(in.path("content").asString());
        String blob = gitSha("blob", content);
        blobs.put(blob, content);
        Map<String, String> files = new TreeMap<>(parent == null ? Map.of() : trees.get(commits.get(parent).tree()));
        boolean existed = files.containsKey(path);
        if (existed && !in.path("sha").asString("").equals(files.get(path))) {
            send(exchange, 409, error(path + " does not match " + in.path("sha").asString("")));
            return;
        }
        files.put(path, blob);
        String tree = storeTree(files);
        String commit = gitSha("commit", (tree + parent + counter.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        commits.put(commit, new Commit(tree, parent == null ? List.of() : List.of(parent), in.path("message").asString()));
        repo.refs().put("refs/heads/" + branch, commit);
        send(exchange, existed ? 200 : 201, json.writeValueAsString(Map.of("content", Map.of("path", path, "sha", blob),
                "commit", Map.of("sha", commit))));
    }

    private void postTree(HttpExchange exchange, JsonNode in) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (in.hasNonNull("base_tree")) {
            Map<String, String> base = trees.get(in.get("base_tree").asString());
            if (base == null) {
                send(exchange, 422, error("Invalid tree info"));
                return;
            }
            files.putAll(base);
        }
        for (JsonNode entry : in.path("tree")) {
            String path = entry.path("path").asString();
            if (!entry.path("mode").asString().matches("100644|100755") || !"blob".equals(entry.path("type").asString())
                    || path.startsWith("/") || java.util.List.of(path.split("/")).contains("..")) {
                // A ".." segment escapes the tree; "[...all]" (a Next.js catch-all route) is an ordinary name.
                send(exchange, 422, error("Invalid tree info"));
                return;
            }
            if (entry.has("sha") && entry.get("sha").isNull()) {
                files.remove(path);
            } else if (!blobs.containsKey(entry.path("sha").asString())) {
                send(exchange, 422, error("Invalid tree info: blob " + entry.path("sha").asString() + " does not exist"));
                return;
            } else {
                files.put(path, entry.path("sha").asString());
            }
        }
        String sha = storeTree(files);
        send(exchange, 201, json.writeValueAsString(Map.of("sha", sha, "truncated", false,
                "tree", files.entrySet().stream().map(e -> Map.of("path", e.getKey(), "mode", "100644", "type", "blob", "sha", e.getValue())).toList())));
    }

    private void patchRef(HttpExchange exchange, Account account, Repo repo, String branch, JsonNode in) throws IOException {
        String current = repo.refs().get("refs/heads/" + branch);
        String target = in.path("sha").asString();
        if (current == null || !commits.containsKey(target)) {
            send(exchange, 422, error("Reference does not exist"));
            return;
        }
        boolean fastForward = commits.get(target).parents().contains(current);
        if (!fastForward && !in.path("force").asBoolean(false)) {
            send(exchange, 422, error("Update is not a fast forward"));
            return;
        }
        if (!account.scopes().contains("workflow") && filesOf(target).keySet().stream().anyMatch(p -> p.startsWith(".github/workflows/"))) {
            send(exchange, 404, error("Not Found"));
            return;
        }
        repo.refs().put("refs/heads/" + branch, target);
        send(exchange, 200, json.writeValueAsString(refJson(repo, branch, target)));
    }

    private String storeTree(Map<String, String> files) {
        String sha = gitSha("tree", files.toString().getBytes(StandardCharsets.UTF_8));
        trees.put(sha, Map.copyOf(files));
        return sha;
    }

    private Map<String, Object> repoJson(Repo repo) {
        return Map.of("id", Math.abs(repo.fullName().hashCode()), "name", repo.name(), "full_name", repo.fullName(),
                "owner", Map.of("login", repo.owner()), "private", repo.privateRepo(),
                "html_url", url() + "/" + repo.fullName(), "clone_url", url() + "/" + repo.fullName() + ".git",
                "default_branch", repo.defaultBranch());
    }

    private Map<String, Object> refJson(Repo repo, String branch, String sha) {
        return Map.of("ref", "refs/heads/" + branch, "object", Map.of("type", "commit", "sha", sha));
    }

    private String error(String message) {
        return json.writeValueAsString(Map.of("message", message, "documentation_url", DOCS));
    }

    private static Matcher match(String regex, String value) {
        Matcher m = Pattern.compile(regex).matcher(value);
        return m.matches() ? m : null;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String gitSha(String type, byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update((type + " " + content.length + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static final class URLEncodedState {
        static String encode(String state) {
            return state == null ? "" : java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
        }
    }

    record Account(String login, Set<String> scopes) {
    }

    record Scripted(String method, Pattern path, int status, Map<String, String> headers, String body) {
    }

    record Hook(String method, Pattern path, Runnable action) {
    }

    /** One request as received, headers included, for checks on what True Coding sent. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
    }

    public record Repo(String owner, String name, boolean privateRepo, Map<String, String> refs) {
        public String fullName() {
            return owner + "/" + name;
        }

        public String defaultBranch() {
            return "main";
        }
    }

    public record Commit(String tree, List<String> parents, String message) {
    }
}
