/**
 * Projects and their status machine (IDEATION → PLANNING → CONNECTING → GENERATING → DEPLOYING → LIVE, FAILED
 * on error): the dashboard, the project page and {@code /api/projects}. Later phases change a project only
 * through {@link dev.truecoding.project.ProjectService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package dev.truecoding.project;
