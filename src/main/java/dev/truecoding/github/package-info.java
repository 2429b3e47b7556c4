/**
 * The person's GitHub: connecting an account (OAuth web flow or a pasted fine-grained token), its tokens encrypted at
 * rest (with the {@code connection} module's {@link dev.truecoding.connection.TokenCipher}), and {@link dev.truecoding.github.GitHubRepositories}, which
 * creates a repository and commits a generated app to it in one atomic commit through the Git Data API.
 * Everything else here is package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GitHub")
package dev.truecoding.github;
