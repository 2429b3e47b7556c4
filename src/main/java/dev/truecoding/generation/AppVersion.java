package dev.truecoding.generation;

import dev.truecoding.plan.TechnicalPlan;

import java.util.List;

/**
 * The version of a project's app True Coding last committed: the plan it was generated from, the files the
 * generator produced for it (before any merge with the owner's edits: the base of the next three-way merge) and
 * the commit.
 */
public record AppVersion(TechnicalPlan plan, String commitSha, List<GeneratedFileInfo> files) {

    public AppVersion {
        files = List.copyOf(files);
    }

    /** The app's migration files: what a new version keeps unchanged and adds one to. */
    public List<GeneratedFileInfo> migrations() {
        return files.stream().filter(file -> file.path().matches("migrations/[^/]+\\.sql")).toList();
    }
}
