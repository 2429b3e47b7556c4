package dev.truecoding.github;

/** A repository GitHub created for the person: where it is and how to clone it. */
public record CreatedRepository(String owner, String name, String fullName, String htmlUrl, String cloneUrl,
                                String defaultBranch, boolean privateRepository) {
}
