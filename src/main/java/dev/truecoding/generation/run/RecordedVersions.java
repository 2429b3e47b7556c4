package dev.truecoding.generation.run;

import dev.truecoding.generation.AppVersion;
import dev.truecoding.generation.AppVersions;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A change's commit recorded in the generation module's own records: a finished generation run (marked with the
 * change's id, so its plan and commit are "the last generated"), the generated files, and the validated build.
 */
@Component
class RecordedVersions implements AppVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final GenerationRuns runs;
    private final GeneratedFiles files;
    private final ValidatedBuilds builds;

    RecordedVersions(JdbcClient jdbc, JsonMapper json, GenerationRuns runs, GeneratedFiles files, ValidatedBuilds builds) {
        this.jdbc = jdbc;
        this.json = json;
        this.runs = runs;
        this.files = files;
        this.builds = builds;
    }

    @Override
    public Optional<AppVersion> last(String projectId) {
        return runs.lastGeneratedPlan(projectId).flatMap(plan -> {
            var generated = files.forProject(projectId);
            if (generated.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AppVersion(plan, generated.getFirst().commitSha(), generated.stream()
                    .map(file -> GeneratedFileInfo.of(file.path(), file.content())).toList()));
        });
    }

    @Override
    public boolean recordedBy(String changeId) {
        return jdbc.sql("SELECT COUNT(*) FROM generation_runs WHERE id = ? AND change_id = ?").params(changeId, changeId)
                .query(Integer.class).single() > 0;
    }

    @Override
    public Path workspace(String runId) throws IOException {
        return builds.workspace(runId);
    }

    @Override
    public Optional<Path> lastBuild(String projectId) {
        return builds.latest(projectId);
    }

    @Override
    public void discardWorkspace(String runId) throws IOException {
        builds.discard(runId);
    }

    @Override
    @Transactional
    public void record(NewVersion version) throws IOException {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM generation_runs WHERE id = ?").param(version.changeId())
                .query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("""
                INSERT INTO generation_runs (id, project_id, user_id, host, status, stage, progress, attempts,
                    technical_plan, repo_owner, repo_name, repo_web_url, repo_clone_url, commit_sha, file_count,
                    change_id, created_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, 100, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version.changeId(), version.projectId(), version.userId(), version.host(),
                        GenerationRun.Status.SUCCEEDED.name(), GenerationStage.READY.wireName(),
                        json.writeValueAsString(version.plan()), version.repository().owner(), version.repository().name(),
                        version.repository().webUrl(), version.repository().cloneUrl(), version.commitSha(),
                        version.generatedFiles().size(), version.changeId(), Clock.nowUtc(), Clock.nowUtc())
                .update();
        files.replace(version.projectId(), version.generatedFiles(), version.commitSha());
        builds.keep(version.projectId(), version.changeId(), version.commitSha());
    }
}
