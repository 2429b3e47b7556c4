/**
 * Deploy: a generated app goes live at a stable production URL. {@link dev.truecoding.deploy.BuiltInDeployer} is
 * the embedded deployer: it builds the committed tree, runs it with its own database in the data directory,
 * health-checks it and only then switches the project's URL ({@code http://<slug>.localhost:<port>/}, proxied by
 * True Coding itself) to it. Sub-package {@code builtin} holds its internals (workspaces, processes, the proxy).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deploy", allowedDependencies = {"toolchain", "generation", "system", "run", "account", "project", "git", "plan", "vercel", "connection"})
package dev.truecoding.deploy;
