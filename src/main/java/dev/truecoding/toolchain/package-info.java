/**
 * Toolchain: how True Coding runs node, npm and git on code it did not write itself — a person's pushed commits,
 * a model's files, the generated app's own scripts. Every such command goes through {@link
 * dev.truecoding.toolchain.Toolchain}: a clean environment, a {@link dev.truecoding.toolchain.Sandbox} (bubblewrap:
 * another user, only the workspace writable, True Coding's data directory invisible, no network for builds and
 * tests), time and size limits, process-tree stops, bounded logs, and the read-only {@link
 * dev.truecoding.toolchain.DependencyCache}. Generation's validation and the built-in deployer both use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolchain", allowedDependencies = {})
package dev.truecoding.toolchain;
