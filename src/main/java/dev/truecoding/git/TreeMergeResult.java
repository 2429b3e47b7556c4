package dev.truecoding.git;

import java.util.List;

/**
 * What the three-way merge of a new generation with the repository gave. Either {@code tree} is the whole merged
 * tree to commit (with {@code written} and {@code deleted} saying how it differs from the repository's head), or
 * there are {@code conflicts} and nothing is to be written.
 *
 * @param tree         every file of the merged tree, by path; empty when there are conflicts
 * @param written      paths whose content the commit changes or adds, compared with the repository's head
 * @param deleted      paths of the head the commit removes: files the new plan no longer produces, untouched by the owner
 * @param ownerEdits   paths where the owner's own changes (since True Coding's last commit) are kept in the tree
 * @param keptDropped  files the new plan no longer produces but the owner edited: kept as the owner left them
 * @param conflicts    files neither side could be taken for; when any, the merge wrote nothing
 */
public record TreeMergeResult(List<FileToCommit> tree, List<String> written, List<String> deleted,
                              List<String> ownerEdits, List<String> keptDropped, List<MergeConflict> conflicts) {

    public TreeMergeResult {
        tree = List.copyOf(tree);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        ownerEdits = List.copyOf(ownerEdits);
        keptDropped = List.copyOf(keptDropped);
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }

    /** Whether committing the tree would change the repository at all. */
    public boolean changesRepository() {
        return clean() && (!written.isEmpty() || !deleted.isEmpty());
    }
}
