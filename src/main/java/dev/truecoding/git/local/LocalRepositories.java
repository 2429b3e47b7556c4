package dev.truecoding.git.local;

import dev.truecoding.git.RepositoryRef;
import dev.truecoding.system.NotFoundException;
import dev.truecoding.system.OwnerOnly;
import dev.truecoding.system.TrueCodingProperties;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the built-in host keeps its bare repositories: {@code <data-dir>/git/<owner-id>/<name>.git}. The folder is
 * the user's id, which never changes; addresses name the person's handle instead ({@code /git/<handle>/<name>.git}),
 * which reads well and may change, so {@link #ref} takes the name addresses use. Every lookup goes through {@link RepositoryNames}, so no URL or name reaches
 * the file system unchecked.
 */
@Component
class LocalRepositories {

    static final String BRANCH = "main";

    private final Path root;
    private final String configuredUrl;
    private final Environment environment;

    LocalRepositories(TrueCodingProperties properties, Environment environment,
                      @Value("${truecoding.git.public-url:}") String publicUrl) {
        this.root = properties.dataDir().resolve("git").toAbsolutePath().normalize();
        this.environment = environment;
        this.configuredUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** TRUECODING_GIT_PUBLIC_URL, else this server on localhost at the port it actually listens on. */
    private String publicUrl() {
        if (!configuredUrl.isBlank()) {
            return configuredUrl;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    Path directory(String owner, String name) {
        if (!RepositoryNames.isOwnerId(owner) || !RepositoryNames.isSafe(name)) {
            throw new IllegalArgumentException("Not a repository name: " + owner + "/" + name);
        }
        return root.resolve(owner).resolve(name + ".git");
    }

    boolean exists(String owner, String name) {
        return RepositoryNames.isOwnerId(owner) && RepositoryNames.isSafe(name)
                && Files.isRegularFile(directory(owner, name).resolve("HEAD"));
    }

    /** The reference addresses show: {@code owner} is the person's handle (or their id when they have none). */
    RepositoryRef ref(String owner, String name) {
        String base = publicUrl();
        return new RepositoryRef(owner, name, base + "/git/" + owner + "/" + name + ".git",
                base + "/repositories/" + owner + "/" + name);
    }

    /**
     * Claims the directory atomically (creating it fails if it exists), so two requests for the same name get
     * two repositories, then initialises a bare repository whose HEAD points at {@code main}.
     */
    boolean tryCreate(String owner, String name) {
        Path directory = directory(owner, name);
        try {
            OwnerOnly.createDirectories(directory.getParent());
            OwnerOnly.createDirectory(directory);
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the repository directory", e);
        }
        try (Repository repository = FileRepositoryBuilder.create(directory.toFile())) {
            repository.create(true);
            RefUpdate head = repository.updateRef(Constants.HEAD);
            head.disableRefLog();
            head.link(Constants.R_HEADS + BRANCH);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not initialise the repository " + owner + "/" + name, e);
        }
    }

    /**
     * Gives the repository {@code name} a second name, {@code alias}, which becomes its current one: a symbolic
     * link {@code <alias>.git} to the repository's folder, then {@code truecoding.name} in its config. Each step is
     * one atomic file-system operation, and a retry after a crash between them finds its own link and goes on,
     * so a kill leaves both names working. The folder itself never moves (clones in progress keep reading it).
     *
     * @return false when {@code alias} is another repository's name (the caller tries the next one)
     */
    boolean alias(String owner, String name, String alias) {
        Path target = directory(owner, name);
        Path link = directory(owner, alias);
        try {
            Path folder = target.toRealPath();
            if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!link.toRealPath().equals(folder)) {
                    return false;
                }
            } else {
                Files.createSymbolicLink(link, folder.getFileName()); // a sibling: the same owner folder
            }
            try (Repository repository = open(owner, name)) {
                var config = repository.getConfig();
                config.setString("truecoding", null, "name", alias);
                config.save();
            }
            return true;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rename the repository " + owner + "/" + name, e);
        }
    }

    /** The repository's current name when {@code name} is a former one (it was renamed), else empty. */
    Optional<String> currentName(String owner, String name) {
        try (Repository repository = open(owner, name)) {
            String current = repository.getConfig().getString("truecoding", null, "name");
            return current == null || current.equals(name) || !RepositoryNames.isSafe(current) ? Optional.empty() : Optional.of(current);
        }
    }

    /** Opens an existing repository; the caller closes it. */
    Repository open(String owner, String name) {
        if (!exists(owner, name)) {
            throw new NotFoundException("Repository");
        }
        try {
            return new FileRepositoryBuilder().setGitDir(directory(owner, name).toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the repository " + owner + "/" + name, e);
        }
    }

    Optional<Repository> openIfExists(String owner, String name) {
        return exists(owner, name) ? Optional.of(open(owner, name)) : Optional.empty();
    }
}
