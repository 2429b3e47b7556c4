package dev.truecoding.deploy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What to deploy to: the project, and the slug naming its production host ({@code <slug>.localhost}). The slug
 * is one DNS label; {@link #forProject} derives it from the project's name plus the end of its id, so two
 * projects with the same name still get different URLs and a renamed project keeps its URL if the slug is kept.
 */
public record DeployTarget(String projectId, String slug) {

    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int NAME_PART = 40;
    private static final int ID_PART = 6;

    public DeployTarget {
        if (projectId == null || !PROJECT_ID.matcher(projectId).matches()) {
            throw new IllegalArgumentException("A project id is letters, digits, '-' and '_': " + projectId);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is one DNS label (a-z, 0-9, '-', at most 63): " + slug);
        }
    }

    /** {@code "Tiny Blog"} and id {@code c…9x2k1q} give {@code tiny-blog-9x2k1q}. */
    public static DeployTarget forProject(String projectId, String projectName) {
        String name = Normalizer.normalize(projectName == null ? "" : projectName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (name.length() > NAME_PART) {
            name = name.substring(0, NAME_PART).replaceAll("-+$", "");
        }
        String id = projectId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        id = id.substring(Math.max(0, id.length() - ID_PART));
        String slug = name.isEmpty() ? "app-" + id : id.isEmpty() ? name : name + "-" + id;
        return new DeployTarget(projectId, slug);
    }
}
