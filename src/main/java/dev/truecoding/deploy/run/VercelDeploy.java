package dev.truecoding.deploy.run;

import dev.truecoding.system.Phrase;
import dev.truecoding.deploy.DeployStage;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.connection.TokenCipher;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.Run;
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
 * and passes on the secret variables' values and the app's {@code TRUECODING_APP_TOKEN} (as sensitive variables); Vercel then builds the commit
 * ({@code building}, its log followed) until READY, ERROR or CANCELED. A rollback promotes the earlier deployment.
 * Started again after a crash, it follows the deployment Vercel already has rather than creating another.
 */
@Component
class VercelDeploy {

    private static final int LOG_BATCH = 25;
    private static final int EXCERPT_LINES = 40;

    private final VercelDeployments vercel;
    private final ProjectService projects;
    private final DeploymentRecords records;
    private final TokenCipher cipher;
    private final JsonMapper json;
    private final VercelAppTokens appTokens;

    VercelDeploy(VercelDeployments vercel, ProjectService projects, DeploymentRecords records, TokenCipher cipher,
                 JsonMapper json, VercelAppTokens appTokens) {
        this.appTokens = appTokens;
        this.vercel = vercel;
        this.projects = projects;
        this.records = records;
        this.cipher = cipher;
        this.json = json;
    }

    /** The deployment's environment values come with its job ({@link Run#data()}), encrypted. */
    void run(Run<DeployStage> run, Deployment deployment, Project project) {
        String userId = run.userId();
        try {
            if (deployment.rollbackOf() != null) {
                rollback(userId, project, deployment, run);
                return;
            }
            String deploymentId = deployment.vercelDeploymentId();
            if (deploymentId.startsWith(DeploymentService.PENDING)) {
                String repository = project.githubRepoOwner() + "/" + project.githubRepoName();
                run.report(DeployStage.IMPORTING, 0, Phrase.of("progress.deploy.vercel.linking", repository), null);
                VercelProject vercelProject = vercel.findOrCreateProject(userId, project.name(), repository);
                projects.recordVercelProject(userId, project.id(), vercelProject.id(), vercelProject.teamId());
                List<EnvironmentVariable> entered = environment(deployment.id(), run.data());
                List<EnvironmentVariable> variables = new ArrayList<>(entered);
                // Set on each deployment, so an app first deployed before apps had tokens gets one too.
                variables.add(new EnvironmentVariable(VercelAppTokens.VARIABLE, appTokens.forProject(project.id()), true));
                vercel.upsertEnvironmentVariables(userId, vercelProject.id(), variables);
                if (!entered.isEmpty()) {
                    run.report(DeployStage.IMPORTING, 0.5, Phrase.of("progress.deploy.vercel.variables", entered.size(),
                            String.join(", ", entered.stream().map(EnvironmentVariable::key).toList())), null);
                }
                VercelDeployment created = vercel.createDeployment(userId, vercelProject,
                        new GitHubCommit(project.githubRepoOwner(), project.githubRepoName(), "main", deployment.commitSha()));
                deploymentId = created.id();
                records.saveProviderId(deployment.id(), deploymentId);
            }
            run.report(DeployStage.BUILDING, 0, Phrase.of("progress.deploy.vercel.building", deploymentId), null);
            Follower follower = new Follower(run);
            VercelDeployment done = vercel.awaitCompletion(userId, deploymentId, follower);
            follower.flush();
            switch (done.state()) {
                case READY -> run.succeed(DeployStage.READY, Phrase.of("progress.deploy.liveAt", done.productionUrl()), done.productionUrl());
                case CANCELED -> run.cancel(Phrase.of("progress.deploy.canceled"));
                default -> run.fail(Phrase.of("progress.deploy.vercel.failed", done.failure()), follower.excerpt());
            }
        } catch (VercelException e) {
            run.fail(e.getMessage(), null);
        }
    }

    private void rollback(String userId, Project project, Deployment deployment, Run<DeployStage> run) {
        Deployment earlier = records.find(userId, deployment.rollbackOf()).orElseThrow();
        run.report(DeployStage.DEPLOYING, 0, Phrase.of("progress.deploy.vercel.promoting", earlier.vercelDeploymentId()), null);
        vercel.promote(userId, project.vercelProjectId(), earlier.vercelDeploymentId());
        records.saveProviderId(deployment.id(), "promote_" + deployment.id());
        run.succeed(DeployStage.READY, Phrase.of("progress.deploy.liveAt", earlier.url()), earlier.url());
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
        private final Run<DeployStage> run;
        private final List<String> batch = new ArrayList<>();
        private final List<String> tail = new ArrayList<>();
        private DeployStage stage = DeployStage.BUILDING;

        Follower(Run<DeployStage> run) {
            this.run = run;
        }

        @Override
        public void stateChanged(VercelDeployment deployment) {
            flush();
            stage = switch (deployment.state()) {
                case QUEUED, INITIALIZING, BUILDING -> DeployStage.BUILDING;
                case READY -> DeployStage.DEPLOYING;
                default -> stage;
            };
            if (!deployment.state().isFinal()) {
                run.report(stage, 0, Phrase.of("progress.deploy.vercel.state." + deployment.state().name()), null);
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
                run.log(stage, String.join("\n", batch));
                batch.clear();
            }
        }

        String excerpt() {
            return String.join("\n", tail);
        }
    }
}
