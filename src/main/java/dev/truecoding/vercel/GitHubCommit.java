package dev.truecoding.vercel;

import java.util.Objects;

/**
 * The commit to deploy, as Vercel's {@code gitSource} names it: {@code {type: github, org, repo, ref, sha}}.
 *
 * @param owner      the repository owner (user or organization)
 * @param repository the repository name
 * @param ref        the branch, e.g. {@code main}
 * @param sha        the commit; null deploys the branch's head
 */
public record GitHubCommit(String owner, String repository, String ref, String sha) {

    public GitHubCommit {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(ref, "ref");
    }

    public String fullName() {
        return owner + "/" + repository;
    }
}
