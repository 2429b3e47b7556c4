package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.ProjectService;
import dev.truecoding.system.Markdown;
import dev.truecoding.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The repository page, for its owner only (anyone else gets the 404 a missing repository gets): the file tree,
 * a file with line numbers, the history of {@code main}, and the clone command.
 */
@Controller
class RepositoryPageController {

    static final String VIEW = "git/repository";
    static final String COMMITS_VIEW = "git/commits";
    private static final int HISTORY_LIMIT = 100;

    record Crumb(String name, String path) {
        public String encodedPath() {
            return encode(path);
        }
    }

    /** A repository path as URL path segments: slashes kept, everything else ({@code #}, {@code ?}, spaces) encoded. */
    static String encode(String path) {
        return org.springframework.web.util.UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** File extensions and the highlight.js language that colours them; anything else is shown plain. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"), Map.entry("mts", "typescript"),
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"),
            Map.entry("json", "json"), Map.entry("css", "css"), Map.entry("scss", "scss"), Map.entry("html", "xml"),
            Map.entry("xml", "xml"), Map.entry("svg", "xml"), Map.entry("md", "markdown"), Map.entry("yml", "yaml"),
            Map.entry("yaml", "yaml"), Map.entry("sql", "sql"), Map.entry("sh", "bash"), Map.entry("java", "java"),
            Map.entry("py", "python"), Map.entry("toml", "ini"), Map.entry("ini", "ini"));

    private final LocalRepositories repositories;
    private final LocalRepositoryBrowser browser;
    private final ProjectService projects;
    private final Markdown markdown;
    private final AccountService accounts;

    RepositoryPageController(LocalRepositories repositories, LocalRepositoryBrowser browser, ProjectService projects,
                             Markdown markdown, AccountService accounts) {
        this.accounts = accounts;
        this.repositories = repositories;
        this.browser = browser;
        this.projects = projects;
        this.markdown = markdown;
    }

    @GetMapping("/repositories/{owner}/{name}")
    String root(SignedInUser user, @PathVariable String owner, @PathVariable String name, Model model,
                HttpServletRequest request) {
        return tree(user, owner, name, "", model, request);
    }

    @GetMapping("/repositories/{owner}/{name}/tree/{*path}")
    String tree(SignedInUser user, @PathVariable String owner, @PathVariable String name, @PathVariable String path,
                Model model, HttpServletRequest request) {
        var moved = moved(user, owner, name, request);
        if (moved.isPresent()) {
            return moved.get();
        }
        String directory = strip(path);
        addRepository(user, owner, name, directory, model);
        List<LocalRepositoryBrowser.TreeItem> items = browser.tree(user.id(), name, directory)
                .orElseThrow(() -> new NotFoundException("Directory"));
        model.addAttribute("items", items);
        model.addAttribute("latest", browser.history(user.id(), name, 1).stream().findFirst().orElse(null));
        model.addAttribute("readme", readme(user.id(), name, items));
        return VIEW;
    }

    @GetMapping("/repositories/{owner}/{name}/blob/{*path}")
    String blob(SignedInUser user, @PathVariable String owner, @PathVariable String name, @PathVariable String path,
                Model model, HttpServletRequest request) {
        var moved = moved(user, owner, name, request);
        if (moved.isPresent()) {
            return moved.get();
        }
        String file = strip(path);
        addRepository(user, owner, name, file, model);
        model.addAttribute("file", browser.file(user.id(), name, file).orElseThrow(() -> new NotFoundException("File")));
        model.addAttribute("language", language(file));
        return VIEW;
    }

    @GetMapping("/repositories/{owner}/{name}/commits")
    String commits(SignedInUser user, @PathVariable String owner, @PathVariable String name, Model model,
                   HttpServletRequest request) {
        var moved = moved(user, owner, name, request);
        if (moved.isPresent()) {
            return moved.get();
        }
        addRepository(user, owner, name, "", model);
        model.addAttribute("commits", browser.history(user.id(), name, HISTORY_LIMIT));
        return COMMITS_VIEW;
    }

    /**
     * A page address naming the owner's id (from before people had handles) or a handle they went by before, or
     * the repository by a name it had before it was renamed, moves to the current address.
     */
    private java.util.Optional<String> moved(SignedInUser user, String owner, String name, HttpServletRequest request) {
        boolean oldOwner = !owner.equals(user.addressName()) && accounts.answersTo(user.id(), owner);
        boolean mine = oldOwner || owner.equals(user.addressName());
        var renamed = mine && repositories.exists(user.id(), name) ? repositories.currentName(user.id(), name)
                : java.util.Optional.<String>empty();
        if (!oldOwner && renamed.isEmpty()) {
            return java.util.Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = "/repositories/" + owner + "/" + name;
        if (!path.startsWith(prefix) || !RepositoryNames.isOwnerId(owner)) { // written with escapes: no address of ours
            throw new NotFoundException("Repository");
        }
        String target = "/repositories/" + user.addressName() + "/" + renamed.orElse(name) + path.substring(prefix.length());
        return java.util.Optional.of("redirect:" + (request.getQueryString() == null ? target : target + "?" + request.getQueryString()));
    }

    private void addRepository(SignedInUser user, String owner, String name, String path, Model model) {
        if (!owner.equals(user.addressName()) || !repositories.exists(user.id(), name)) {
            throw new NotFoundException("Repository");
        }
        RepositoryRef ref = repositories.ref(owner, name);
        model.addAttribute("repository", ref);
        model.addAttribute("cloneCommand", "git clone " + ref.cloneUrl());
        model.addAttribute("gitUser", user.email());
        model.addAttribute("crumbs", crumbs(path));
        // Projects made before people had handles (or in a session begun before) may still name the owner's id.
        model.addAttribute("project", projects.findByRepository(user.id(), GitHost.BUILT_IN, owner, name)
                .or(() -> projects.findByRepository(user.id(), GitHost.BUILT_IN, user.id(), name)).orElse(null));
    }

    /** The directory's README, rendered by the same sanitizing markdown renderer as the chat; null when there is none. */
    private String readme(String owner, String name, List<LocalRepositoryBrowser.TreeItem> items) {
        return items.stream()
                .filter(item -> !item.directory() && item.name().equalsIgnoreCase("README.md"))
                .findFirst()
                .flatMap(item -> browser.file(owner, name, item.path()))
                .filter(file -> !file.binary() && !file.tooLarge())
                .map(file -> markdown.render(String.join("\n", file.lines())))
                .orElse(null);
    }

    static String language(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : LANGUAGES.get(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Crumb> crumbs(String path) {
        var crumbs = new ArrayList<Crumb>();
        if (path.isEmpty()) {
            return crumbs;
        }
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            crumbs.add(new Crumb(parts[i], String.join("/", java.util.Arrays.copyOf(parts, i + 1))));
        }
        return crumbs;
    }

    private static String strip(String path) {
        String stripped = path == null ? "" : path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
