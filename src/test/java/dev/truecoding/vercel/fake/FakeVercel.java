package dev.truecoding.vercel.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vercel's REST API as documented (shared/reference/wire-formats.md §5, https://vercel.com/docs/rest-api): user and
 * teams, projects linked to GitHub, environment variables, deployments that move through their states one look at a
 * time with build events, cancel and promote; and the integration flow (install page, code exchange). Tokens may be
 * scoped to a team, which then must be named with {@code ?teamId=} on every call, as Vercel requires for
 * integrations installed on a team. Errors use Vercel's {@code {"error":{"code","message"}}}. Failures can be
 * scripted per call.
 */
public final class FakeVercel implements AutoCloseable {

    public static final String CLIENT_ID = "oac_fakeclient";
    public static final String CLIENT_SECRET = "fake-vercel-client-secret";
    public static final String SLUG = "true-coding-test";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Account> tokens = new ConcurrentHashMap<>();
    private final Map<String, Team> teams = new ConcurrentHashMap<>();
    private final Map<String, Account> codes = new ConcurrentHashMap<>();
    private final Map<String, Project> projects = new ConcurrentHashMap<>();
    private final Map<String, Deployment> deployments = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Build> builds = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Scripted> scripted = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile Account installer;
    private volatile String redirectUri;

    public FakeVercel() {
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

    /** A personal access token Vercel accepts, for {@code username}'s account and the teams they belong to. */
    public void addToken(String token, String username) {
        tokens.put(token, new Account("usr_" + username, username, null));
    }

    public void addTeam(String id, String slug, String name, String... members) {
        teams.put(id, new Team(id, slug, name, Set.of(members)));
    }

    /** Who installs the integration on the install page, on which team (null: personal), and the Redirect URL. */
    public void installAs(String username, String teamId, String integrationRedirectUri) {
        installer = new Account("usr_" + username, username, teamId);
        redirectUri = integrationRedirectUri;
    }

    /** How the next created deployment goes. */
    public void nextBuild(Build build) {
        builds.add(build);
    }

    /** The next call matching {@code method} and {@code pathRegex} answers this instead. */
    public void failNext(String method, String pathRegex, int status, Map<String, String> headers, String body) {
        scripted.add(new Scripted(method, Pattern.compile(pathRegex), status, headers, body));
    }

    public void revoke(String token) {
        tokens.remove(token);
    }

    public List<String> issuedTokens() {
        return List.copyOf(issued);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    public Optional<Deployment> deployment(String id) {
        return Optional.ofNullable(deployments.get(id));
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
            requests.add(new Request(method, path, form(uri.getRawQuery()), Map.copyOf(exchange.getRequestHeaders()), body));
            for (Scripted script : scripted) {
                if (script.method().equals(method) && script.path().matcher(path).matches() && scripted.remove(script)) {
                    script.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                    send(exchange, script.status(), script.body());
                    return;
                }
            }
            if (method.equals("GET") && path.startsWith("/integrations/")) {
                install(exchange, path, form(uri.getRawQuery()));
            } else if (method.equals("POST") && path.equals("/v2/oauth/access_token")) {
                accessToken(exchange, form(body));
            } else {
                api(exchange, method, path, form(uri.getRawQuery()), body);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, error("internal_server_error", "Fake failure: " + e));
        }
    }

    /** The external install flow: the person picks a scope, Vercel redirects with a single-use code and the state. */
    private void install(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (!path.equals("/integrations/" + SLUG + "/new") || installer == null) {
            send(exchange, 404, "<html>Not Found</html>");
            return;
        }
        String code = "code" + counter.incrementAndGet();
        codes.put(code, installer);
        String location = redirectUri + "?code=" + code + "&configurationId=icfg_" + counter.incrementAndGet()
                + (installer.scopedTeam() == null ? "" : "&teamId=" + installer.scopedTeam())
                + "&next=" + URLEncoder.encode("https://vercel.com/dashboard/integrations", StandardCharsets.UTF_8)
                + (query.containsKey("state") ? "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) : "");
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, "");
    }

    private void accessToken(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, error("invalid_client", "Invalid client credentials"));
            return;
        }
        Account account = codes.remove(String.valueOf(form.get("code")));
        if (account == null || !String.valueOf(redirectUri).equals(form.get("redirect_uri"))) {
            send(exchange, 400, error("bad_request", "The code is invalid or expired, or redirect_uri does not match"));
            return;
        }
        String token = "vca_fake" + counter.incrementAndGet() + "x" + Long.toHexString(System.nanoTime());
        tokens.put(token, account);
        issued.add(token);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token_type", "Bearer");
        answer.put("access_token", token);
        answer.put("installation_id", "icfg_" + counter.incrementAndGet());
        answer.put("user_id", account.userId());
        answer.put("team_id", account.scopedTeam());
        send(exchange, 200, json.writeValueAsString(answer));
    }

    private void api(HttpExchange exchange, String method, String path, Map<String, String> query, String body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Account account = authorization == null || !authorization.startsWith("Bearer ") ? null : tokens.get(authorization.substring(7));
        if (account == null) {
            send(exchange, 401, "{\"error\":{\"code\":\"forbidden\",\"message\":\"Not authorized\",\"invalidToken\":true}}");
            return;
        }
        exchange.getResponseHeaders().add("x-ratelimit-limit", "100");
        exchange.getResponseHeaders().add("x-ratelimit-remaining", "99");
        exchange.getResponseHeaders().add("x-ratelimit-reset", String.valueOf(Instant.now().getEpochSecond() + 60));
        Matcher m;
        if (method.equals("GET") && path.equals("/v2/user")) {
            send(exchange, 200, json.writeValueAsString(Map.of("user", Map.of("id", account.userId(), "username", account.username(),
                    "email", account.username() + "@example.com", "name", account.username(), "defaultTeamId", "",
                    "createdAt", 1764000000000L))));
            return;
        }
        if (method.equals("GET") && (m = match("/v2/teams/([^/]+)", path)) != null) {
            Team team = team(m.group(1));
            if (team == null) {
                send(exchange, 404, error("not_found", "Team not found"));
            } else if (!team.members().contains(account.username()) || (account.scopedTeam() != null && !account.scopedTeam().equals(team.id()))) {
                send(exchange, 403, error("forbidden", "Not authorized"));
            } else {
                send(exchange, 200, json.writeValueAsString(Map.of("id", team.id(), "slug", team.slug(), "name", team.name(),
                        "createdAt", 1764000000000L, "membership", Map.of("role", "OWNER"))));
            }
            return;
        }
        String scope = scope(account, query.get("teamId"));
        if (scope == null) {
            send(exchange, 403, error("forbidden", "Not authorized"));
            return;
        }
        JsonNode in = body.isBlank() ? json.createObjectNode() : json.readTree(body);
        if (method.equals("POST") && path.equals("/v11/projects")) {
            createProject(exchange, scope, in);
        } else if (method.equals("GET") && (m = match("/v9/projects/([^/]+)", path)) != null) {
            Project project = project(scope, m.group(1));
            send(exchange, project == null ? 404 : 200, project == null ? error("not_found", "Project not found") : json.writeValueAsString(projectJson(project)));
        } else if (method.equals("POST") && (m = match("/v10/projects/([^/]+)/env", path)) != null) {
            upsertEnv(exchange, project(scope, m.group(1)), "true".equals(query.get("upsert")), in);
        } else if (method.equals("POST") && path.equals("/v13/deployments")) {
            createDeployment(exchange, scope, account, in);
        } else if (method.equals("GET") && (m = match("/v13/deployments/([^/]+)", path)) != null) {
            Deployment deployment = deployment(scope, m.group(1));
            if (deployment == null) {
                send(exchange, 404, error("not_found", "The deployment was not found"));
                return;
            }
            deployment.advance();
            send(exchange, 200, json.writeValueAsString(deploymentJson(deployment)));
        } else if (method.equals("GET") && (m = match("/v3/deployments/([^/]+)/events", path)) != null) {
            Deployment deployment = deployment(scope, m.group(1));
            if (deployment == null) {
                send(exchange, 404, error("not_found", "The deployment was not found"));
                return;
            }
            long since = Long.parseLong(query.getOrDefault("since", "0"));
            send(exchange, 200, json.writeValueAsString(deployment.visibleEvents().stream().filter(e -> (long) e.get("created") >= since).toList()));
        } else if (method.equals("PATCH") && (m = match("/v12/deployments/([^/]+)/cancel", path)) != null) {
            Deployment deployment = deployment(scope, m.group(1));
            if (deployment == null) {
                send(exchange, 404, error("not_found", "The deployment was not found"));
            } else if (deployment.isFinal()) {
                send(exchange, 400, error("bad_request", "Cannot cancel a deployment that is " + deployment.state()));
            } else {
                deployment.canceled = true;
                send(exchange, 200, json.writeValueAsString(deploymentJson(deployment)));
            }
        } else if (method.equals("POST") && (m = match("/v10/projects/([^/]+)/promote/([^/]+)", path)) != null) {
            Project project = project(scope, m.group(1));
            Deployment deployment = deployment(scope, m.group(2));
            if (project == null || deployment == null || !deployment.projectId.equals(project.id)) {
                send(exchange, 404, error("not_found", "Project or deployment not found"));
            } else if (!"READY".equals(deployment.state())) {
                send(exchange, 409, error("conflict", "Only READY deployments can be promoted"));
            } else {
                project.production = deployment.id;
                send(exchange, 201, "");
            }
        } else {
            send(exchange, 404, error("not_found", "The requested resource was not found"));
        }
    }

    /** The account's own scope, or a team it belongs to; a token installed on a team works only for that team. */
    private String scope(Account account, String teamId) {
        if (account.scopedTeam() != null) {
            return account.scopedTeam().equals(teamId) ? teamId : null;
        }
        if (teamId == null) {
            return account.userId();
        }
        Team team = teams.get(teamId);
        return team != null && team.members().contains(account.username()) ? teamId : null;
    }

    private void createProject(HttpExchange exchange, String scope, JsonNode in) throws IOException {
        String name = in.path("name").asString("");
        if (!name.matches("[a-z0-9._-]{1,100}") || name.contains("---")) {
            send(exchange, 400, error("bad_request", "Invalid request: `name` should match the project name rules"));
            return;
        }
        JsonNode git = in.path("gitRepository");
        String repo = git.path("repo").asString("");
        if (!git.isMissingNode() && (!"github".equals(git.path("type").asString()) || !repo.matches("[^/]+/[^/]+"))) {
            send(exchange, 400, error("bad_request", "Invalid request: `gitRepository` is invalid"));
            return;
        }
        if (project(scope, name) != null) {
            send(exchange, 409, error("conflict", "Project \"" + name + "\" already exists, please use a new name."));
            return;
        }
        String[] ownerAndName = repo.isEmpty() ? null : repo.split("/");
        Project project = new Project("prj_" + counter.incrementAndGet() + name.hashCode(), name, scope,
                in.path("framework").asString(null), ownerAndName == null ? null : ownerAndName[0], ownerAndName == null ? null : ownerAndName[1]);
        projects.put(project.id, project);
        send(exchange, 200, json.writeValueAsString(projectJson(project)));
    }

    private void upsertEnv(HttpExchange exchange, Project project, boolean upsert, JsonNode in) throws IOException {
        if (project == null) {
            send(exchange, 404, error("not_found", "Project not found"));
            return;
        }
        List<Object> created = new ArrayList<>();
        List<Object> failed = new ArrayList<>();
        for (JsonNode variable : in.isArray() ? in : List.of(in)) {
            String key = variable.path("key").asString("");
            String type = variable.path("type").asString("");
            List<String> target = new ArrayList<>();
            variable.path("target").forEach(t -> target.add(t.asString()));
            if (!Set.of("system", "secret", "encrypted", "plain", "sensitive").contains(type) || target.isEmpty()
                    || !Set.of("production", "preview", "development").containsAll(target)
                    || ("sensitive".equals(type) && target.contains("development")) || !variable.path("value").isString()) {
                failed.add(Map.of("error", Map.of("code", "bad_request", "message", "Invalid variable " + key, "key", key)));
            } else if (!upsert && project.env.containsKey(key)) {
                failed.add(Map.of("error", Map.of("code", "ENV_ALREADY_EXISTS", "message", "A variable with the name `" + key
                        + "` already exists for the target production.", "key", key)));
            } else {
                project.env.put(key, new Env(key, variable.path("value").asString(), type, List.copyOf(target)));
                Map<String, Object> echo = new LinkedHashMap<>(Map.of("id", "env_" + counter.incrementAndGet(), "key", key,
                        "type", type, "target", target, "createdAt", System.currentTimeMillis()));
                if (!"sensitive".equals(type)) {
                    echo.put("value", "encrypted:" + Integer.toHexString(variable.path("value").asString().hashCode()));
                }
                created.add(echo);
            }
        }
        send(exchange, 201, json.writeValueAsString(Map.of("created", created, "failed", failed)));
    }

    private void createDeployment(HttpExchange exchange, String scope, Account account, JsonNode in) throws IOException {
        Project project = project(scope, in.path("project").asString(in.path("name").asString("")));
        if (!in.path("name").isString()) {
            send(exchange, 400, error("bad_request", "Invalid request: missing required property `name`"));
            return;
        }
        if (project == null) {
            send(exchange, 404, error("not_found", "Project not found"));
            return;
        }
        JsonNode git = in.path("gitSource");
        if (!"github".equals(git.path("type").asString()) || !git.path("ref").isString()
                || !git.path("org").asString("").equalsIgnoreCase(project.org) || !git.path("repo").asString("").equalsIgnoreCase(project.repo)) {
            send(exchange, 400, error("incorrect_git_source_info", "The provided gitSource does not match the project's repository"));
            return;
        }
        Build build = builds.isEmpty() ? Build.ready("Cloning github.com/" + project.org + "/" + project.repo, "Running \"npm run build\"", "Compiled successfully")
                : builds.poll();
        Deployment deployment = new Deployment("dpl_" + counter.incrementAndGet() + "x" + Math.abs(project.name.hashCode()),
                project.id, project.name, scope, in.path("target").asString(null), git.path("sha").asString(null), build,
                System.currentTimeMillis());
        deployments.put(deployment.id, deployment);
        send(exchange, 200, json.writeValueAsString(deploymentJson(deployment)));
    }

    private Team team(String idOrSlug) {
        return teams.values().stream().filter(t -> t.id().equals(idOrSlug) || t.slug().equals(idOrSlug)).findFirst().orElse(null);
    }

    private Project project(String scope, String idOrName) {
        return projects.values().stream().filter(p -> p.scope.equals(scope) && (p.id.equals(idOrName) || p.name.equals(idOrName)))
                .findFirst().orElse(null);
    }

    private Deployment deployment(String scope, String id) {
        Deployment deployment = deployments.get(id);
        return deployment == null || !deployment.scope.equals(scope) ? null : deployment;
    }

    private Map<String, Object> projectJson(Project project) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", project.id);
        out.put("name", project.name);
        out.put("accountId", project.scope);
        out.put("framework", project.framework);
        if (project.org != null) {
            out.put("link", Map.of("type", "github", "org", project.org, "repo", project.repo,
                    "repoId", Math.abs((project.org + "/" + project.repo).hashCode()), "productionBranch", "main"));
        }
        out.put("createdAt", 1764000000000L);
        out.put("updatedAt", 1764000000000L);
        return out;
    }

    private Map<String, Object> deploymentJson(Deployment deployment) {
        String state = deployment.state();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", deployment.id);
        out.put("name", deployment.name);
        out.put("url", deployment.name + "-" + deployment.id.substring(4) + ".vercel.app");
        out.put("readyState", state);
        out.put("status", state);
        out.put("target", deployment.target);
        out.put("projectId", deployment.projectId);
        out.put("alias", "READY".equals(state) ? List.of(deployment.name + ".vercel.app") : List.of());
        out.put("aliasAssigned", "READY".equals(state));
        out.put("createdAt", deployment.createdAt);
        out.put("inspectorUrl", "https://vercel.com/" + deployment.scope + "/" + deployment.name + "/" + deployment.id);
        if ("ERROR".equals(state)) {
            out.put("errorCode", deployment.build.errorCode());
            out.put("errorMessage", deployment.build.errorMessage());
        }
        out.put("meta", deployment.sha == null ? Map.of() : Map.of("githubCommitSha", deployment.sha));
        return out;
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
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

    record Account(String userId, String username, String scopedTeam) {
    }

    record Team(String id, String slug, String name, Set<String> members) {
    }

    record Scripted(String method, Pattern path, int status, Map<String, String> headers, String body) {
    }

    /** One request as received (query decoded), for checks on what True Coding sent. */
    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers, String body) {
    }

    /** A variable as Vercel stored it, value in clear so tests can check what was sent. */
    public record Env(String key, String value, String type, List<String> target) {
    }

    /**
     * How a deployment goes: the state shown at creation, then one more per look ({@code GET /v13/deployments/{id}}),
     * staying on the last; the log lines appear spread over the looks, all by the last. Lines starting with "! " are
     * stderr.
     */
    public record Build(List<String> states, List<String> lines, String errorCode, String errorMessage) {

        public static Build ready(String... lines) {
            return new Build(List.of("QUEUED", "BUILDING", "BUILDING", "READY"), List.of(lines), null, null);
        }

        public static Build failing(String errorCode, String errorMessage, String... lines) {
            return new Build(List.of("QUEUED", "INITIALIZING", "BUILDING", "ERROR"), List.of(lines), errorCode, errorMessage);
        }

        /** Stays BUILDING as long as it is looked at (for cancel). */
        public static Build endless(String... lines) {
            return new Build(List.of("QUEUED", "BUILDING"), List.of(lines), null, null);
        }
    }

    public static final class Project {
        public final String id;
        public final String name;
        public final String scope;
        public final String framework;
        public final String org;
        public final String repo;
        public final Map<String, Env> env = new ConcurrentHashMap<>();
        public volatile String production;

        Project(String id, String name, String scope, String framework, String org, String repo) {
            this.id = id;
            this.name = name;
            this.scope = scope;
            this.framework = framework;
            this.org = org;
            this.repo = repo;
        }
    }

    public static final class Deployment {
        public final String id;
        public final String projectId;
        final String name;
        final String scope;
        final String target;
        public final String sha;
        final Build build;
        final long createdAt;
        private int step;
        volatile boolean canceled;

        Deployment(String id, String projectId, String name, String scope, String target, String sha, Build build, long createdAt) {
            this.id = id;
            this.projectId = projectId;
            this.name = name;
            this.scope = scope;
            this.target = target;
            this.sha = sha;
            this.build = build;
            this.createdAt = createdAt;
        }

        public synchronized String state() {
            return canceled ? "CANCELED" : build.states().get(step);
        }

        synchronized boolean isFinal() {
            return Set.of("READY", "ERROR", "CANCELED").contains(state());
        }

        synchronized void advance() {
            if (!canceled && step < build.states().size() - 1) {
                step++;
            }
        }

        synchronized List<Map<String, Object>> visibleEvents() {
            int last = build.states().size() - 1;
            int visible = last == 0 ? build.lines().size() : (int) Math.ceil(build.lines().size() * (double) step / last);
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < visible; i++) {
                String line = build.lines().get(i);
                boolean stderr = line.startsWith("! ");
                long created = createdAt + (i + 1) * 1000L;
                events.add(Map.of("type", stderr ? "stderr" : "stdout", "created", created, "payload", Map.of(
                        "deploymentId", id, "id", "evt_" + id + "_" + i, "date", created, "serial", created + "-" + i,
                        "text", stderr ? line.substring(2) : line)));
            }
            if (visible > 0) { // a non-log event between the lines, as Vercel sends them
                events.add(Map.of("type", "delimiter", "created", createdAt + 500L, "payload", Map.of("deploymentId", id,
                        "id", "evt_" + id + "_delimiter", "date", createdAt + 500L, "serial", "0", "info", Map.of("type", "build"))));
            }
            return events;
        }
    }
}
