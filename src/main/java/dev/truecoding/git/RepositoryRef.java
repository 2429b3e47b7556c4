package dev.truecoding.git;

/**
 * A repository on a git host.
 *
 * @param owner    the owner as the host names them in URLs (the built-in host: the person's handle)
 * @param name     the repository's name, without {@code .git}
 * @param cloneUrl what {@code git clone} takes; never carries credentials
 * @param webUrl   the repository's page
 */
public record RepositoryRef(String owner, String name, String cloneUrl, String webUrl) {
}
