package dev.truecoding.deploy.run;

import dev.truecoding.deploy.DeployProgress;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.github.TokenCipher;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.vercel.BuildLogLine;
import dev.truecoding.vercel.DeploymentListener;
import dev.truecoding.vercel.EnvironmentVariable;
import dev.truecoding.vercel.GitHubCommit;
import dev.truecoding.vercel.VercelDeployment;
import dev.truecoding.vercel.VercelDeployments;
import dev.truecoding.vercel.VercelException;
import dev.truecoding.vercel.VercelProject;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deployment on Vercel: {@code importing} finds or creates the Vercel project linked to the GitHub repository
 * and passes on the secret variables' values (as sensitive variables); Vercel then builds the commit
 * ({@code building}, its log followed) until READY, ERROR or CANCELED. A rollback promotes the earlier deployment.
 * Started again after a crash, it follows the deployment Vercel already has rather than creating another.
 */
@Component
class VercelDeploy {

    /** What the pipeline does with what happens here. */
    interface Steps {
        void progress(String stage, String message);

        void log(String stage, String lines);

        void finish(DeploymentStatus status, String url, String error, String excerpt);
    }

    private static final int LOG_BATCH = 25;
    private static final int EXCERPT_LINES = 40;

    private final VercelDeployments vercel;
    private final ProjectService projects;
    private final DeploymentRecords records;
    private final TokenCipher cipher;
    private final JsonMapper json;

    VercelDeploy(VercelDeployments vercel, ProjectService projects, DeploymentRecords records, TokenCipher cipher,
                 JsonMapper json) {
        this.vercel = vercel;
        this.projects = projects;
        this.records = records;
        this.cipher = cipher;
        this.json = json;
    }

    void run(DeploymentRecords.Work work, Project project, String encryptedEnvironment, Steps steps) {
        Deployment deployment = work.deployment();
        String userId = work.userId();
        try {
            if (deployment.rollbackOf() != null) {
                rollback(userId, project, deployment, steps);
                return;
            }
            String deploymentId = deployment.vercelDeploymentId();
            if (deploymentId.startsWith(DeploymentService.PENDING)) {
                String repository = project.githubRepoOwner() + "/" + project.githubRepoName();
                steps.progress(DeployProgress.IMPORTING, "Linking the Vercel project to " + repository);
                VercelProject vercelProject = vercel.findOrCreateProject(userId, project.name(), repository);
                projects.recordVercelProject(userId, project.id(), vercelProject.id(), vercelProject.teamId());
                List<EnvironmentVariable> variables = environment(deployment.id(), encryptedEnvironment);
                if (!variables.isEmpty()) {
                    vercel.upsertEnvironmentVariables(userId, vercelProject.id(), variables);
                    steps.progress(DeployProgress.IMPORTING, "Set " + variables.size() + " secret variable(s) on Vercel: "
                            + String.join(", ", variables.stream().map(EnvironmentVariable::key).toList()));
                }
                VercelDeployment created = vercel.createDeployment(userId, vercelProject,
                        new GitHubCommit(project.githubRepoOwner(), project.githubRepoName(), "main", deployment.commitSha()));
                deploymentId = created.id();
                records.saveProviderId(deployment.id(), deploymentId);
            }
            steps.progress(DeployProgress.BUILDING, "Vercel is building deployment " + deploymentId);
            Follower follower = new Follower(steps);
            VercelDeployment done = vercel.awaitCompletion(userId, deploymentId, follower);
            follower.flush();
            switch (done.state()) {
                case READY -> steps.finish(DeploymentStatus.READY, done.productionUrl(), null, null);
                case CANCELED -> steps.finish(DeploymentStatus.CANCELED, null, "The deployment was canceled.", null);
                default -> steps.finish(DeploymentStatus.ERROR, null, "Vercel's build failed: " + done.failure(),
                        follower.excerpt());
            }
        } catch (VercelException e) {
            steps.finish(DeploymentStatus.ERROR, null, e.getMessage(), null);
        }
    }

    private void rollback(String userId, Project project, Deployment deployment, Steps steps) {
        Deployment earlier = records.find(userId, deployment.rollbackOf()).orElseThrow();
        steps.progress(DeployProgress.DEPLOYING, "Promoting Vercel deployment " + earlier.vercelDeploymentId()
                + " back to production");
        vercel.promote(userId, project.vercelProjectId(), earlier.vercelDeploymentId());
        records.saveProviderId(deployment.id(), "promote_" + deployment.id());
        steps.finish(DeploymentStatus.READY, earlier.url(), null, null);
    }

    /** The values the person entered, decrypted here only, bound to this deployment's id. */
    private List<EnvironmentVariable> environment(String deploymentId, String encrypted) {
        if (encrypted == null) {
            return List.of();
        }
        Map<String, String> values = json.readValue(cipher.decrypt(encrypted, deploymentId, DeploymentService.ENVIRONMENT_PURPOSE),
                new TypeReference<Map<String, String>>() {
                });
        return values.entrySet().stream().map(e -> new EnvironmentVariable(e.getKey(), e.getValue(), true)).toList();
    }

    /** Vercel's states as the seed's stages, its build log in batches, the end of it kept for an error. */
    private static final class Follower implements DeploymentListener {
        private final Steps steps;
        private final List<String> batch = new ArrayList<>();
        private final List<String> tail = new ArrayList<>();
        private String stage = DeployProgress.BUILDING;

        Follower(Steps steps) {
            this.steps = steps;
        }

        @Override
        public void stateChanged(VercelDeployment deployment) {
            flush();
            String next = switch (deployment.state()) {
                case QUEUED, INITIALIZING, BUILDING -> DeployProgress.BUILDING;
                case READY -> DeployProgress.DEPLOYING;
                default -> stage;
            };
            stage = next;
            if (!deployment.state().isFinal()) {
                steps.progress(stage, "Vercel: " + deployment.state().name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        @Override
        public void buildLog(BuildLogLine line) {
            batch.add(line.text());
            tail.add(line.text());
            if (tail.size() > EXCERPT_LINES) {
                tail.removeFirst();
            }
            if (batch.size() >= LOG_BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                steps.log(stage, String.join("\n", batch));
                batch.clear();
            }
        }

        String excerpt() {
            return String.join("\n", tail);
        }
    }
}
