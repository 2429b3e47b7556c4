package dev.truecoding.git;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeChunk.ConflictState;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The three-way merge that keeps the owner's edits when True Coding generates again: {@code base} is the tree True
 * Coding last committed, {@code ours} the newly generated tree, {@code theirs} the repository's head. JGit's
 * {@link ResolveMerger} does the work (git's own rules, line merges by its {@code MergeAlgorithm}) in an in-memory
 * repository, so it is the same for every host: a change only the generation made is taken, a change only the
 * owner made is kept, a file only the owner added stays, and a file the new plan no longer produces goes if the
 * owner never touched it. A dropped file the owner edited is kept as the owner left it and reported. Anything both
 * changed differently is a conflict, with its hunks; then nothing is to be written — unless the owner chose a
 * {@link ConflictSide}: then each conflicting hunk takes that side (JGit's content merge strategy) and a file
 * both changed in another way (deleted on one side, not text) is taken whole from that side.
 */
public final class TreeMerge {

    private static final List<String> SIDES = List.of("base", "generated", "repository");

    private TreeMerge() {
    }

    public static TreeMergeResult merge(List<FileToCommit> base, List<FileToCommit> ours, List<FileToCommit> theirs) {
        return merge(base, ours, theirs, null);
    }

    /**
     * As {@link #merge(List, List, List)}; with {@code prefer} not null, conflicts are settled by taking that side
     * and the result is clean.
     */
    public static TreeMergeResult merge(List<FileToCommit> base, List<FileToCommit> ours, List<FileToCommit> theirs,
                                        ConflictSide prefer) {
        Map<String, FileToCommit> baseFiles = byPath(base);
        Map<String, FileToCommit> generated = byPath(ours);
        Map<String, FileToCommit> head = byPath(theirs);
        TreeMergeResult plain = merge(baseFiles, generated, head, null);
        if (plain.clean() || prefer == null) {
            return plain;
        }
        TreeMergeResult settled = merge(baseFiles, generated, head, prefer);
        if (settled.clean()) {
            return settled;
        }
        // What no hunk-by-hunk choice settles (a file deleted on one side, not text): that side's file, whole.
        Map<String, FileToCommit> winner = prefer == ConflictSide.GENERATED ? generated : head;
        Map<String, FileToCommit> loser = new TreeMap<>(prefer == ConflictSide.GENERATED ? head : generated);
        for (MergeConflict conflict : settled.conflicts()) {
            FileToCommit taken = winner.get(conflict.path());
            if (taken == null) {
                loser.remove(conflict.path());
            } else {
                loser.put(conflict.path(), taken);
            }
        }
        TreeMergeResult whole = prefer == ConflictSide.GENERATED ? merge(baseFiles, generated, loser, prefer)
                : merge(baseFiles, loser, head, prefer);
        // Said against the real head, as every merge is: what the commit writes and removes there.
        return whole.clean() ? merged(whole.tree(), baseFiles, head, whole.keptDropped()) : whole;
    }

    private static TreeMergeResult merge(Map<String, FileToCommit> baseFiles, Map<String, FileToCommit> generated,
                                         Map<String, FileToCommit> head, ConflictSide prefer) {
        // Git would call "generation dropped it, owner edited it" a conflict; the owner's version wins instead.
        List<String> keptDropped = new ArrayList<>();
        Map<String, FileToCommit> oursToMerge = new TreeMap<>(generated);
        baseFiles.forEach((path, was) -> {
            FileToCommit owners = head.get(path);
            if (!generated.containsKey(path) && owners != null && !owners.equals(was)) {
                oursToMerge.put(path, owners);
                keptDropped.add(path);
            }
        });

        try (Repository repository = new InMemoryRepository(new DfsRepositoryDescription("merge"));
             ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId baseTree = tree(inserter, baseFiles);
            ObjectId oursTree = tree(inserter, oursToMerge);
            ObjectId theirsTree = tree(inserter, head);
            inserter.flush();

            ResolveMerger merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(repository, true);
            merger.setBase(baseTree);
            merger.setCommitNames(SIDES.toArray(String[]::new));
            if (prefer != null) {
                merger.setContentMergeStrategy(prefer == ConflictSide.GENERATED ? ContentMergeStrategy.OURS
                        : ContentMergeStrategy.THEIRS);
            }
            if (!merger.merge(oursTree, theirsTree)) {
                return conflicted(merger, baseFiles, head);
            }
            List<FileToCommit> tree = read(repository, merger.getResultTreeId());
            return merged(tree, baseFiles, head, keptDropped);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge the generated files with the repository", e);
        }
    }

    private static TreeMergeResult merged(List<FileToCommit> tree, Map<String, FileToCommit> base,
                                          Map<String, FileToCommit> head, List<String> keptDropped) {
        Map<String, FileToCommit> result = byPath(tree);
        List<String> written = new ArrayList<>();
        List<String> ownerEdits = new ArrayList<>();
        result.forEach((path, file) -> {
            if (!file.equals(head.get(path))) {
                written.add(path);
            }
            FileToCommit owners = head.get(path);
            if (owners != null && !owners.equals(base.get(path))) {
                ownerEdits.add(path);
            }
        });
        List<String> deleted = head.keySet().stream().filter(path -> !result.containsKey(path)).toList();
        return new TreeMergeResult(tree, written, deleted, ownerEdits, keptDropped, List.of());
    }

    private static TreeMergeResult conflicted(ResolveMerger merger, Map<String, FileToCommit> base,
                                              Map<String, FileToCommit> head) throws IOException {
        List<MergeConflict> conflicts = new ArrayList<>();
        Map<String, MergeResult<? extends Sequence>> results = merger.getMergeResults();
        for (String path : merger.getUnmergedPaths().stream().distinct().sorted().toList()) {
            MergeResult<? extends Sequence> result = results.get(path);
            if (!head.containsKey(path)) {
                conflicts.add(new MergeConflict(path, MergeConflict.Kind.DELETED_IN_REPOSITORY, List.of(), null));
            } else if (result == null || !(result.getSequences().getFirst() instanceof RawText)) {
                conflicts.add(new MergeConflict(path, MergeConflict.Kind.BINARY, List.of(), null));
            } else {
                @SuppressWarnings("unchecked")
                MergeResult<RawText> text = (MergeResult<RawText>) result;
                conflicts.add(new MergeConflict(path, base.containsKey(path) ? MergeConflict.Kind.CONTENT
                        : MergeConflict.Kind.ADDED_BOTH, hunks(text), withMarkers(text)));
            }
        }
        return new TreeMergeResult(List.of(), List.of(), List.of(), List.of(), List.of(), conflicts);
    }

    /** Groups each run of conflicting chunks (generated, base, repository ranges) into one hunk. */
    private static List<MergeConflict.Hunk> hunks(MergeResult<RawText> result) {
        List<RawText> sequences = result.getSequences();
        List<MergeConflict.Hunk> hunks = new ArrayList<>();
        HunkBuilder current = null;
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == ConflictState.NO_CONFLICT) {
                current = flush(current, hunks);
                continue;
            }
            if (chunk.getConflictState() == ConflictState.FIRST_CONFLICTING_RANGE) {
                current = flush(current, hunks);
                current = new HunkBuilder();
            }
            if (current == null) {
                current = new HunkBuilder();
            }
            List<String> lines = lines(sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
            switch (chunk.getSequenceIndex()) {
                case 0 -> current.base = lines;
                case 1 -> {
                    current.generated = lines;
                    current.generatedLine = chunk.getBegin() + 1;
                }
                default -> {
                    current.repository = lines;
                    current.repositoryLine = chunk.getBegin() + 1;
                }
            }
        }
        flush(current, hunks);
        return hunks;
    }

    private static final class HunkBuilder {
        int generatedLine;
        int repositoryLine;
        List<String> generated = List.of();
        List<String> repository = List.of();
        List<String> base = List.of();
    }

    private static HunkBuilder flush(HunkBuilder builder, List<MergeConflict.Hunk> hunks) {
        if (builder != null) {
            hunks.add(new MergeConflict.Hunk(builder.generatedLine, builder.generated, builder.repositoryLine,
                    builder.repository, builder.base));
        }
        return null;
    }

    private static List<String> lines(RawText text, int begin, int end) {
        List<String> lines = new ArrayList<>();
        for (int line = begin; line < end; line++) {
            lines.add(text.getString(line));
        }
        return lines;
    }

    private static String withMarkers(MergeResult<RawText> result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MergeFormatter().formatMerge(out, result, SIDES, StandardCharsets.UTF_8);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ObjectId tree(ObjectInserter inserter, Map<String, FileToCommit> files) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (FileToCommit file : files.values()) {
            byte[] content = file.content();
            DirCacheEntry entry = new DirCacheEntry(file.path());
            entry.setFileMode(file.executable() ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, content));
            entry.setLength(content.length);
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private static List<FileToCommit> read(Repository repository, ObjectId treeId) throws IOException {
        List<FileToCommit> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(treeId);
            walk.setRecursive(true);
            while (walk.next()) {
                byte[] content = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                files.add(new FileToCommit(walk.getPathString(), content, walk.getFileMode(0) == FileMode.EXECUTABLE_FILE));
            }
        }
        return files;
    }

    private static Map<String, FileToCommit> byPath(List<FileToCommit> files) {
        Map<String, FileToCommit> map = new TreeMap<>();
        for (FileToCommit file : files) {
            if (map.put(file.path(), file) != null) {
                throw new IllegalArgumentException("The path " + file.path() + " is listed twice.");
            }
        }
        return map;
    }
}
