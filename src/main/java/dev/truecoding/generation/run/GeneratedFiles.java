package dev.truecoding.generation.run;

import dev.truecoding.generation.GeneratedFile;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The seed's {@code generated_files}: the project's app as last committed, one row per file. A new commit
 * replaces the whole set, so a file the app no longer has does not linger.
 */
@Repository
public class GeneratedFiles {

    private final JdbcClient jdbc;

    GeneratedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String projectId, List<GeneratedFileInfo> files, String commitSha) {
        jdbc.sql("DELETE FROM generated_files WHERE project_id = ?").params(projectId).update();
        LocalDateTime now = Clock.nowUtc();
        for (GeneratedFileInfo file : files) {
            jdbc.sql("INSERT INTO generated_files (id, project_id, path, content, commit_sha, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(Ids.newId(), projectId, file.path(), file.content(), commitSha, now)
                    .update();
        }
    }

    /** Every file of the project's app (the caller has checked the project is the person's). */
    public List<GeneratedFile> forProject(String projectId) {
        return jdbc.sql("SELECT * FROM generated_files WHERE project_id = ? ORDER BY path").params(projectId)
                .query((rs, row) -> new GeneratedFile(rs.getString("id"), rs.getString("project_id"), rs.getString("path"),
                        rs.getString("content"), rs.getString("commit_sha"), Clock.instant(rs, "created_at")))
                .list();
    }

    /** The migration files of the app as last committed: what a new version must keep unchanged. */
    List<GeneratedFileInfo> migrations(String projectId) {
        return jdbc.sql("SELECT path, content FROM generated_files WHERE project_id = ? AND path LIKE 'migrations/%' ORDER BY path")
                .params(projectId)
                .query((rs, row) -> GeneratedFileInfo.of(rs.getString("path"), rs.getString("content")))
                .list();
    }
}
