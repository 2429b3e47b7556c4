package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/**
 * Maps {@code <handle>/<name>.git} to a bare repository, for its owner only: another person's repository is
 * "not found", exactly like a missing one, so URLs reveal nothing. Clone addresses made before people had handles
 * ({@code <owner-id>/<name>.git}) and those naming a handle the person went by before keep working, for clones
 * people already have: a handle given up is never anyone else's (see {@code AccountService#changeHandle}).
 */
class OwnerRepositoryResolver implements RepositoryResolver<HttpServletRequest> {

    private final LocalRepositories repositories;
    private final ObjectProvider<AccountService> accounts;

    OwnerRepositoryResolver(LocalRepositories repositories, ObjectProvider<AccountService> accounts) {
        this.repositories = repositories;
        this.accounts = accounts;
    }

    @Override
    public Repository open(HttpServletRequest request, String path) throws RepositoryNotFoundException {
        String[] parts = path.split("/", -1);
        var user = GitBasicAuthFilter.user(request);
        if (parts.length != 2 || !parts[1].endsWith(".git") || user.isEmpty()
                || !(user.get().addressName().equals(parts[0]) || accounts.getObject().answersTo(user.get().id(), parts[0]))) {
            throw new RepositoryNotFoundException(path);
        }
        String name = parts[1].substring(0, parts[1].length() - ".git".length());
        return repositories.openIfExists(user.get().id(), name).orElseThrow(() -> new RepositoryNotFoundException(path));
    }
}
