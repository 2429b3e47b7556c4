/**
 * Git hosts behind one port, {@link dev.truecoding.git.GitHost}: the built-in host ({@code local}: bare
 * repositories in the data directory, written with JGit and served over git's smart HTTP at
 * {@code /git/<handle>/<repo>.git}, private to their owner) is the default. The generation pipeline commits
 * through the port; people clone, push and browse their repositories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Git hosts")
package dev.truecoding.git;
