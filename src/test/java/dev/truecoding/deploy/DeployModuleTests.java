package dev.truecoding.deploy;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunType;
import dev.truecoding.support.Await;
import dev.truecoding.support.RunEnds;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import dev.truecoding.vercel.EnvironmentVariable;
import dev.truecoding.vercel.VercelConnections;
import dev.truecoding.vercel.VercelDeployment;
import dev.truecoding.vercel.VercelDeployments;
import dev.truecoding.vercel.VercelProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The deploy module booted with the kernels it stands on ({@code run}, {@code system}, {@code connection},
 * {@code toolchain}) and the features it asks mocked: projects, generation, git hosts, accounts and Vercel. A
 * deployment to Vercel runs as a durable run through its stages to the production URL, and tells the project
 * through {@link ProjectService#recordDeployment}; Vercel's failed build ends it at {@code error} with Vercel's
 * words; a project not generated yet is refused with nothing stored. {@link RunEnded} comes once per deployment.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE,
        extraIncludes = {"run", "system", "connection", "toolchain"})
@Import(RunEnds.class)
@TestPropertySource(properties = {
        "truecoding.data-dir=target/test-data-deploy-module",
        "truecoding.session-store=memory",
        "truecoding.jobs.polling-interval=200ms",
        "truecoding.database-url=jdbc:h2:mem:truecoding-deploy-module" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class DeployModuleTests {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @MockitoBean
    ProjectService projects;

    @MockitoBean
    GenerationService generation;

    @MockitoBean
    GitHosts hosts;

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    VercelConnections vercelConnections;

    @MockitoBean
    VercelDeployments vercel;

    @Autowired
    DeploymentService deployments;

    @Autowired
    RunEnds ends;

    @Autowired
    JdbcClient jdbc;

    SignedInUser ada;
    Project project;
    /** Vercel's ids are unique in the deployments table, across the tests of this shared database. */
    String vercelId;

    @BeforeEach
    void adaHasAGeneratedProjectOnGitHubAndVercelConnected() {
        ada = new SignedInUser(Ids.newId(), "ada@example.com", "Ada");
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES (?, ?, ?)").params(ada.id(), "local_" + ada.id(), ada.id() + "@example.com").update();
        project = new Project(Ids.newId(), "Tiny Blog", ProjectStatus.DEPLOYING, null, null, null,
                "https://github.com/ada/tiny-blog", "ada", "tiny-blog", "github", null, null, null, null,
                Instant.now(), Instant.now());
        jdbc.sql("INSERT INTO projects (id, user_id, name) VALUES (?, ?, ?)").params(project.id(), ada.id(), project.name()).update();
        vercelId = "dpl_" + project.id();

        when(projects.get(ada.id(), project.id())).thenReturn(project);
        when(accounts.findById(ada.id())).thenReturn(java.util.Optional.of(ada));
        when(generation.forProject(ada.id(), project.id())).thenReturn(List.of(generated(GenerationRun.Status.SUCCEEDED)));
        GitHost github = mock(GitHost.class);
        when(github.headCommit(eq(ada), any())).thenReturn(java.util.Optional.of(COMMIT));
        when(hosts.byId("github")).thenReturn(github);
        when(vercelConnections.isConnected(ada.id())).thenReturn(true);
        when(vercel.findOrCreateProject(ada.id(), "Tiny Blog", "ada/tiny-blog"))
                .thenReturn(new VercelProject("prj_tiny", "tiny-blog", "ada/tiny-blog", null));
        when(vercel.createDeployment(eq(ada.id()), any(), any())).thenReturn(vercelDeployment(VercelDeployment.State.QUEUED, null));
    }

    @Test
    void aDeploymentToVercelGoesThroughItsStagesToTheProductionUrl() throws Exception {
        when(vercel.awaitCompletion(eq(ada.id()), eq(vercelId), any()))
                .thenReturn(vercelDeployment(VercelDeployment.State.READY, null));

        Deployment queued = deployments.start(ada, new DeployRequest(project.id(), null));

        assertThat(queued.status()).isEqualTo(DeploymentStatus.QUEUED);
        assertThat(queued.provider()).isEqualTo(DeploymentService.VERCEL);
        Deployment done = awaitEnd(queued.id());
        assertThat(done.status()).isEqualTo(DeploymentStatus.READY);
        assertThat(done.url()).isEqualTo("https://tiny-blog.vercel.app");
        assertThat(done.vercelDeploymentId()).isEqualTo(vercelId);
        assertThat(done.commitSha()).isEqualTo(COMMIT);
        assertThat(deployments.events(ada.id(), queued.id(), 0)).extracting(event -> event.progress().stage().wireName())
                .containsSubsequence("importing", "building", "ready");
        verify(projects).recordVercelProject(ada.id(), project.id(), "prj_tiny", null);
        verify(vercel).upsertEnvironmentVariables(eq(ada.id()), eq("prj_tiny"),
                org.mockito.ArgumentMatchers.argThat((List<EnvironmentVariable> variables) ->
                        variables.stream().anyMatch(v -> v.key().equals("TRUECODING_APP_TOKEN") && v.secret())));
        verify(projects).recordDeployment(eq(ada.id()), eq(project.id()), eq("https://tiny-blog.vercel.app"), any());
        assertThat(ends.of(queued.id())).extracting(RunEnded::type, RunEnded::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RunType.DEPLOYMENT, RunEnded.Outcome.SUCCEEDED));
    }

    @Test
    void vercelsFailedBuildEndsTheDeploymentAtErrorInVercelsWords() throws Exception {
        when(vercel.awaitCompletion(eq(ada.id()), eq(vercelId), any()))
                .thenReturn(vercelDeployment(VercelDeployment.State.ERROR, "Command \"npm run build\" exited with 1"));

        Deployment done = awaitEnd(deployments.start(ada, new DeployRequest(project.id(), null)).id());

        assertThat(done.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(done.errorMessage()).isEqualTo("Vercel's build failed: Command \"npm run build\" exited with 1");
        assertThat(deployments.events(ada.id(), done.id(), 0).getLast().progress().stage()).isEqualTo(DeployStage.ERROR);
        verify(projects, never()).recordDeployment(anyString(), anyString(), anyString(), any());
        assertThat(ends.of(done.id())).extracting(RunEnded::outcome).containsExactly(RunEnded.Outcome.FAILED);
    }

    @Test
    void aProjectNotGeneratedYetIsRefusedAndNothingIsStored() {
        when(generation.forProject(ada.id(), project.id())).thenReturn(List.of(generated(GenerationRun.Status.FAILED)));

        assertThatThrownBy(() -> deployments.start(ada, new DeployRequest(project.id(), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The app has not been generated yet: generate it first (the Generate step), then deploy.");

        assertThat(deployments.forProject(ada.id(), project.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM run_events WHERE project_id = ?").param(project.id()).query(Integer.class).single())
                .isZero();
        verify(vercel, never()).findOrCreateProject(anyString(), anyString(), anyString());
        verify(vercel, never()).upsertEnvironmentVariables(anyString(), anyString(), anyList());
    }

    private Deployment awaitEnd(String deploymentId) throws Exception {
        return Await.until("deployment " + deploymentId + " to end", Duration.ofSeconds(30),
                () -> deployments.find(ada.id(), deploymentId), deployment -> !deployment.status().active());
    }

    private GenerationRun generated(GenerationRun.Status status) {
        return new GenerationRun(Ids.newId(), project.id(), status, "github", null, 100,
                new GenerationRun.Repository("ada", "tiny-blog", "https://github.com/ada/tiny-blog",
                        "https://github.com/ada/tiny-blog.git"), COMMIT, 10, 1000L, null, null, List.of(), null, null,
                Instant.now(), Instant.now());
    }

    private VercelDeployment vercelDeployment(VercelDeployment.State state, String error) {
        return new VercelDeployment(vercelId, "prj_tiny", state, "https://tiny-blog-abc.vercel.app",
                List.of("https://tiny-blog.vercel.app"), "production", null, error, null, Instant.now());
    }
}
