package dev.truecoding.vercel;

/**
 * A Vercel project linked to a GitHub repository.
 *
 * @param id               Vercel's project id ({@code prj_…}): what deployments, variables and promotion name
 * @param name             the project name, which also gives its {@code <name>.vercel.app} domain
 * @param gitHubRepository the linked repository as {@code owner/name}
 * @param teamId           the team it lives in, null for a personal account
 */
public record VercelProject(String id, String name, String gitHubRepository, String teamId) {
}
