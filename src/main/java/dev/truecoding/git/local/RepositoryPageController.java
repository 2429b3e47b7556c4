package dev.truecoding.git.local;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;

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

    private final LocalRepositories repositories;
    private final LocalRepositoryBrowser browser;

    RepositoryPageController(LocalRepositories repositories, LocalRepositoryBrowser browser) {
        this.repositories = repositories;
        this.browser = browser;
    }

    @GetMapping("/repositories/{owner}/{name}")
    String root(SignedInUser user, @PathVariable String owner, @PathVariable String name, Model model) {
        return tree(user, owner, name, "", model);
    }

    @GetMapping("/repositories/{owner}/{name}/tree/{*path}")
    String tree(SignedInUser user, @PathVariable String owner, @PathVariable String name, @PathVariable String path, Model model) {
        String directory = strip(path);
        addRepository(user, owner, name, directory, model);
        model.addAttribute("items", browser.tree(owner, name, directory).orElseThrow(() -> new NotFoundException("Directory")));
        model.addAttribute("latest", browser.history(owner, name, 1).stream().findFirst().orElse(null));
        return VIEW;
    }

    @GetMapping("/repositories/{owner}/{name}/blob/{*path}")
    String blob(SignedInUser user, @PathVariable String owner, @PathVariable String name, @PathVariable String path, Model model) {
        String file = strip(path);
        addRepository(user, owner, name, file, model);
        model.addAttribute("file", browser.file(owner, name, file).orElseThrow(() -> new NotFoundException("File")));
        return VIEW;
    }

    @GetMapping("/repositories/{owner}/{name}/commits")
    String commits(SignedInUser user, @PathVariable String owner, @PathVariable String name, Model model) {
        addRepository(user, owner, name, "", model);
        model.addAttribute("commits", browser.history(owner, name, HISTORY_LIMIT));
        return COMMITS_VIEW;
    }

    private void addRepository(SignedInUser user, String owner, String name, String path, Model model) {
        if (!user.id().equals(owner) || !repositories.exists(owner, name)) {
            throw new NotFoundException("Repository");
        }
        model.addAttribute("repository", repositories.ref(owner, name));
        model.addAttribute("cloneCommand", "git clone " + repositories.ref(owner, name).cloneUrl());
        model.addAttribute("gitUser", user.email());
        model.addAttribute("crumbs", crumbs(path));
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
